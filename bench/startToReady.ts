// Start to ready, the way the bot starts: open the knowledge store (load, validate, index)
// and answer one question. run.ts times this whole process from spawn to exit, so module
// loading and TypeScript compilation by tsx are counted too.
import { KnowledgeStore } from "../src/live/knowledgeStore.ts";

const dir = process.argv[2];
if (!dir) throw new Error("usage: startToReady.ts DIR");
const { store } = await KnowledgeStore.open(dir, { logger: { info() {}, warn() {} } });
const answer = store.engine().ask("How many troops are there?");
process.stdout.write(`ready ${answer.answered}\n`);
