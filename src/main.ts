// `npm start`: with DISCORD_TOKEN set, the Discord bot; without it, the terminal chat on the
// bundled knowledge (or KNOWLEDGE_DIR).
import dotenv from "dotenv";
import { loadEngine, NoKnowledgeError } from "./live/loadEngine.ts";
import { runRepl } from "./cli/repl.ts";
import { log } from "./log.ts";

dotenv.config({ quiet: true });

async function main(): Promise<void> {
  if (process.env.DISCORD_TOKEN) {
    const { runDiscord } = await import("./discord/runDiscord.ts");
    await runDiscord();
    return;
  }
  let engine;
  try {
    engine = await loadEngine();
  } catch (err) {
    if (err instanceof NoKnowledgeError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  await runRepl(engine);
}

main().catch((err: unknown) => {
  log.error({ err }, "the bot stopped on an error");
  process.exit(1);
});
