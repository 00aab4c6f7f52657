// A knowledge folder a careless curator or an attacker could make, in a temp dir: every file
// here but two must be refused with a message naming it, and the good ones must load.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const article = (title: string, published: string, body: string) => `---\ntitle: ${title}\npublished: ${published}\nsource: Stress Wire\n---\n\n${body}\n`;

/** Nine levels of ten aliases each: a billion values from a few hundred bytes of YAML. */
export function aliasBomb(): string {
  const levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 9; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
  return `---\ntitle: Bomb\npublished: 2021-01-01\nsource: Wire\n${levels.join("\n")}\n---\n\nText.\n`;
}

export interface HostileFolder {
  dir: string;
  /** Files that must load. */
  good: string[];
  /** Files that must be refused, each with why. */
  bad: Record<string, string>;
}

export function makeHostileFolder(maxFileBytes: number): HostileFolder {
  const dir = mkdtempSync(join(tmpdir(), "stress-knowledge-"));
  const outside = mkdtempSync(join(tmpdir(), "stress-outside-"));
  const bad: Record<string, string> = {};
  writeFileSync(join(dir, "good.md"), article("Troops stay", "2021-03-01", "There are 2,500 troops in the country, officials said on Monday."));
  writeFileSync(join(dir, "long-paragraph.md"), article("One long paragraph", "2021-03-02", "Officials said the plan works. ".repeat(7000)));
  writeFileSync(join(dir, "repeated.md"), article("Repeated", "2021-03-03", Array(100).fill("The talks resumed on Tuesday.\n\nThe minister said the talks would go on.").join("\n\n")));
  writeFileSync(join(dir, "bomb.md"), aliasBomb());
  bad["bomb.md"] = "YAML alias bomb";
  writeFileSync(join(outside, "secret.md"), article("Secret", "2021-01-01", "Outside the folder."));
  symlinkSync(join(outside, "secret.md"), join(dir, "link-out.md"));
  bad["link-out.md"] = "symlink out of the folder";
  symlinkSync("/dev/zero", join(dir, "zero.md"));
  bad["zero.md"] = "symlink to /dev/zero";
  if (spawnSync("mkfifo", [join(dir, "pipe.md")]).status === 0) bad["pipe.md"] = "named pipe (FIFO)";
  mkdirSync(join(dir, "folder.md"));
  bad["folder.md"] = "a folder named .md";
  writeFileSync(join(dir, "huge.md"), article("Huge", "2021-01-01", "Words and more words. ".repeat(Math.ceil((maxFileBytes + 1024) / 22))));
  bad["huge.md"] = "over the size cap";
  writeFileSync(join(dir, "bad-utf8.md"), Buffer.concat([Buffer.from(article("Bytes", "2021-01-01", "Good start. ")), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]));
  bad["bad-utf8.md"] = "not UTF-8";
  writeFileSync(join(dir, "year-zero.md"), article("Year zero", "0000-01-01", "An old story."));
  bad["year-zero.md"] = "published 0000";
  return { dir, good: ["good.md", "long-paragraph.md", "repeated.md"], bad };
}
