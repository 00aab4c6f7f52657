import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Conversation, Engine } from "../engine/types.ts";
import { humanDate } from "../engine/answerSupport.ts";
import { MAX_QUESTION_LENGTH } from "./batchSchema.ts";
import { messages } from "../messages.ts";

const HELP = [
  "Ask a question about the articles, for example:",
  "  How many US troops are in Iraq?   Who said 'as soon as we complete the mission'?   Give me a timeline",
  "Follow-ups work: “What else did he say?”, “When?”.",
  "Commands: /sources (articles known), /new (forget this conversation), /help, /quit",
].join("\n");

/**
 * The terminal chat: one conversation, answers printed with their cited sentences.
 * Works on a terminal and on piped input alike (then it answers each line and exits).
 */
export async function runRepl(engine: Engine, input: Readable = process.stdin, output: Writable = process.stdout): Promise<void> {
  const tty = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: tty, prompt: "you › " });
  const write = (s: string) => output.write(`${s}\n`);
  let conversation: Conversation = { turns: [] };
  const articles = engine.articles();
  write(`News Q&A — ${articles.length} article${articles.length === 1 ? "" : "s"} loaded (newest: “${articles[0]?.title}”, ${humanDate(articles[0]!.published)}).`);
  write("Type a question, /help for examples, /quit to leave.\n");
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === "/quit" || line === "/exit") break;
    if (!line) {
      rl.prompt();
      continue;
    }
    if (line === "/help") write(HELP);
    else if (line === "/new") {
      conversation = { turns: [] };
      write("New conversation.");
    } else if (line === "/sources") {
      for (const a of engine.articles()) write(`• ${a.title} — ${a.source}, ${humanDate(a.published)}${a.url ? ` — ${a.url}` : ""}`);
    } else if (line.length > MAX_QUESTION_LENGTH) write(messages.tooLong(MAX_QUESTION_LENGTH));
    else {
      const answer = engine.ask(line, conversation);
      write(`\nbot › ${answer.text.replace(/\n/g, "\n      ")}\n`);
    }
    rl.prompt();
  }
  rl.close();
}
