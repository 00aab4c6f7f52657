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
  // Almost every file's frontmatter is a few "key: text" lines, which YAML reads as those very
  // strings: read so without the YAML parser (most of the time of reading a file at start).
  let raw: unknown = simpleKeyValues(frontLines);
  if (!raw) {
    const doc = parseDocument(frontLines.join("\n"), { prettyErrors: false });
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

/** "key: value" with one or more spaces after the colon, and the value's ends not blank. */
const SIMPLE_LINE = /^([A-Za-z][\w-]*): +(\S(?:.*\S)?) *$/;
/**
 * A value YAML reads as exactly its text: it opens with a letter (no YAML indicator, number or
 * date), holds no comment mark ("#"), no colon that opens a value (": " or a final ":") and no
 * control or line-breaking character, and is no word YAML reads as null or a boolean.
 */
const PLAIN_TEXT = /^[A-Za-z](?:[^#:\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|:(?=\S))*$/;
/** A day written YYYY-MM-DD: YAML 1.2 (the core schema, no timestamps) reads it as that string. */
const ISO_DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const YAML_WORDS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * The frontmatter's values when every line is a simple "key: value" whose value YAML would read
 * as exactly that text (see `PLAIN_TEXT`), each key once; null otherwise, and YAML reads it.
 */
function simpleKeyValues(frontLines: string[]): Record<string, string> | null {
  const values: Record<string, string> = {};
  for (const line of frontLines) {
    const m = SIMPLE_LINE.exec(line);
    if (!m) return null;
    const [, key, value] = m as unknown as [string, string, string];
    if (Object.hasOwn(values, key) || YAML_WORDS.test(key) || YAML_WORDS.test(value) || !(PLAIN_TEXT.test(value) || ISO_DAY_TEXT.test(value))) return null;
    values[key] = value;
  }
  return values;
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
