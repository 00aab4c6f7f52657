// A seeded generator of hostile batch lines and questions, shared by the property test and
// `npm run stress`: prototype names, huge words, control characters, emoji, right-to-left text,
// broken JSON and wrong types, mixed with real question words.

export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const PROTOTYPE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__", "isPrototypeOf", "toLocaleString"];
const WORDS = "how many when who what where why did said say troops Iraq Afghanistan Pompeo Trump the of to in last week January reduce timeline he she it that and else again quote".split(" ");
const ODD = ["\u0000", "\u0007", "\b", "\t", "\r", "\u001b[31m", "\u200b", "\u200f", "\u202e", "\ufeff", "\ud800", "\udfff", "🙂", "👨‍👩‍👧‍👦", "🇺🇸", "ﷺ", "قوات أمريكية في العراق", "שלום עולם", "軍隊はいくつ", "ТРУМП", "Ⅻ", "ﬁ", "e\u0301", "“", "”", "\"", "'", "\\", "@everyone", "<@123>", "**", "`", "${x}", "%s", "NaN", "-0", "1e309", "null"];

export function hostileQuestion(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 12);
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.3) parts.push(pick(WORDS));
    else if (r < 0.45) parts.push(pick(PROTOTYPE));
    else if (r < 0.7) parts.push(pick(ODD));
    else if (r < 0.78) parts.push(pick("abcdefghijklmnopqrstuvwxyz".split("")).repeat(1 + Math.floor(random() * 600)));
    else if (r < 0.85) parts.push(String(Math.floor(random() * 1e9)));
    else if (r < 0.93) parts.push(String.fromCodePoint(...Array.from({ length: 1 + Math.floor(random() * 8) }, () => Math.floor(random() * 0x2ffff))).replace(/[\ud800-\udfff]/g, ""));
    else parts.push(pick(WORDS).toUpperCase());
  }
  return parts.join(random() < 0.8 ? " " : "").slice(0, 2000);
}

/** One input line of the batch interface: mostly well-formed, some broken on purpose. */
export function hostileLine(random: () => number, i: number): string {
  const r = random();
  const question = hostileQuestion(random);
  if (r < 0.05) return question; // not JSON
  if (r < 0.08) return JSON.stringify({ id: i, question }); // id of the wrong type
  if (r < 0.1) return JSON.stringify({ id: String(i), question: [question] });
  if (r < 0.12) return JSON.stringify({ id: String(i), question: "x".repeat(2001) });
  if (r < 0.14) return `{"id":"${i}","question":`; // cut off
  if (r < 0.16) return JSON.stringify({ __proto__: { id: "p" }, id: String(i), question, constructor: 1 });
  const conversation = r < 0.5 ? undefined : random() < 0.3 ? PROTOTYPE[Math.floor(random() * PROTOTYPE.length)] : `c${Math.floor(random() * 5)}`;
  return JSON.stringify(conversation === undefined ? { id: String(i), question } : { id: String(i), question, conversation });
}
