import { parseDocument, visit } from "yaml";
import type { Article } from "../domain/article.ts";
import { frontmatterSchema } from "./articleSchema.ts";

/** A problem with one knowledge file, precise enough for a moderator to fix it. */
export interface KnowledgeProblem {
  file: string;
  /** 1-based line in the file, or null when the problem is the whole file. */
  line: number | null;
  message: string;
}

export type ParseResult = { article: Article } | { problems: KnowledgeProblem[] };

/** YAML aliases expanded at most in one frontmatter (the yaml package counts nested expansions). */
const MAX_FRONTMATTER_ALIASES = 20;

/**
 * Turns one knowledge file into an Article, or says precisely what is wrong with it.
 * `bytes` may be a Buffer (checked to be UTF-8) or an already decoded string.
 */
export function parseArticleFile(fileName: string, bytes: Uint8Array | string): ParseResult {
  try {
    return parse(fileName, bytes);
  } catch (err) {
    // Whatever a file holds, it is reported as its own problem and never stops the others.
    return { problems: [{ file: fileName, line: null, message: `the file cannot be read: ${(err as Error).message}` }] };
  }
}

function parse(fileName: string, bytes: Uint8Array | string): ParseResult {
  const problem = (line: number | null, message: string): ParseResult => ({
    problems: [{ file: fileName, line, message }],
  });

  let text: string;
  if (typeof bytes === "string") text = bytes;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return problem(firstBadUtf8Line(bytes), "the file is not valid UTF-8 text; save it as UTF-8");
    }
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);

  if (lines[0]?.trim() !== "---") {
    return problem(1, "expected frontmatter: a first line '---', then title/published/source, then '---'");
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) return problem(1, "the frontmatter opened with '---' on line 1 is never closed by a line '---'");

  const frontLines = lines.slice(1, close);
  const doc = parseDocument(frontLines.join("\n"), { prettyErrors: false });
  let raw: unknown;
  if (doc.errors.length === 0) {
    // Aliases ("*name") are expanded here; a few nested ones can stand for billions of values
    // (an "alias bomb"). Frontmatter needs none, so a handful is plenty and more is refused,
    // counted before anything is expanded (even counting expansions of a bomb takes 100 ms).
    let aliases = 0;
    visit(doc, { Alias: () => (++aliases > MAX_FRONTMATTER_ALIASES ? visit.BREAK : undefined) });
    try {
      if (aliases > MAX_FRONTMATTER_ALIASES) throw new Error(`more than ${MAX_FRONTMATTER_ALIASES} YAML aliases`);
      raw = doc.toJS({ maxAliasCount: MAX_FRONTMATTER_ALIASES }) ?? {};
    } catch (err) {
      const at = frontLines.findIndex((l) => /(?:^|[\s[{,:-])\*[^\s,\]}]/.test(l));
      return problem(at >= 0 ? at + 2 : 1, `the frontmatter cannot be read (${(err as Error).message}): expected plain 'key: value' lines without YAML aliases`);
    }
  } else {
    // Moderators write "title: Trump: no timeline" without quotes; YAML refuses the second
    // colon. When every line is plainly "key: value", read it that way instead.
    const plain = plainKeyValues(frontLines);
    if ("badLine" in plain) {
      const err = doc.errors[0]!;
      return problem(plain.badLine + 2, `the frontmatter is not valid YAML (${err.message.split("\n")[0]}): expected 'key: value' lines`);
    }
    raw = plain.values;
  }
  const parsed = frontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? "");
        const at = key ? lines.slice(1, close).findIndex((l) => l.startsWith(`${key}:`)) : -1;
        const what = issue.code === "invalid_type" && issue.input === undefined ? "is missing" : "is invalid";
        return {
          file: fileName,
          line: at >= 0 ? at + 2 : 1,
          message: `frontmatter '${key}' ${what}: expected ${issue.message}`,
        };
      }),
    };
  }

  const paragraphs = splitParagraphs(lines.slice(close + 1));
  if (paragraphs.length === 0) return problem(close + 2, "the article has no body: expected paragraphs after the frontmatter");

  const fm = parsed.data;
  return {
    article: {
      id: fileName.replace(/\.md$/i, ""),
      title: fm.title,
      published: fm.published,
      source: fm.source,
      url: fm.url ?? null,
      paragraphs,
    },
  };
}

/**
 * Paragraphs are separated by blank lines; a line starting with "- " (or "* ") is a list
 * item and stands as a paragraph of its own. Wrapped lines inside a paragraph are joined
 * with a space, so the text stays verbatim up to line breaks.
 */
export function splitParagraphs(bodyLines: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join(" "));
    current = [];
  };
  for (const rawLine of bodyLines) {
    const line = rawLine.trim();
    if (!line) {
      flush();
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      flush();
      if (item[1]!.trim()) out.push(item[1]!.trim());
      continue;
    }
    current.push(line.replace(/^#+\s+/, ""));
  }
  flush();
  return out;
}

/** "key: value" lines as an object (values as text, outer quotes removed), or the index of the first line that is anything else. */
function plainKeyValues(frontLines: string[]): { values: Record<string, string> } | { badLine: number } {
  const entries: Array<[string, string]> = [];
  for (const [i, line] of frontLines.entries()) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) return { badLine: i };
    entries.push([m[1]!, m[2]!.trim().replace(/^(["'])(.*)\1$/, "$2")]);
  }
  // Own properties whatever the key ("__proto__" included), the last one of a repeated key winning.
  return { values: Object.fromEntries(entries) };
}

function firstBadUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  // Decode line by line (split on the LF byte) to find the first line that fails.
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
