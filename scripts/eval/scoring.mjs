// Pure scoring rules for a question suite (see scripts/score-suites.mjs).
//
// A case passes when the bot answered, its first citation holds one of `cite`, its reply
// holds one of `answer` (and the `order` words in that order, for timelines) and, for a case
// with `short`, its short answer has a token F1 of at least 0.5 against the best acceptable
// form. An `abstain` case passes when the bot declines.

/** Folds the differences a reader would not count: case, curly quotes, dashes, thousands commas. */
export function normalize(text) {
  return String(text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/(\d),(\d)/g, "$1$2")
    .replace(/[-\u2013\u2014]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function containsAny(text, alternatives) {
  const haystack = normalize(text);
  return alternatives.some((alt) => haystack.includes(normalize(alt)));
}

/** True when every word appears in the text, each after the previous one. */
export function containsInOrder(text, words) {
  const haystack = normalize(text);
  let from = 0;
  for (const word of words) {
    const needle = normalize(word);
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    from = at + needle.length;
  }
  return true;
}

const ARTICLES = new Set(["a", "an", "the"]);

function answerTokens(text) {
  return normalize(text)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(" ")
    .filter((t) => t && !ARTICLES.has(t));
}

/** SQuAD-style token F1 between a short answer and one acceptable form. */
export function tokenF1(got, want) {
  const gotTokens = answerTokens(got);
  const wantTokens = answerTokens(want);
  const remaining = new Map();
  for (const t of wantTokens) remaining.set(t, (remaining.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of gotTokens) {
    const left = remaining.get(t) ?? 0;
    if (left > 0) {
      shared++;
      remaining.set(t, left - 1);
    }
  }
  return shared === 0 ? 0 : (2 * shared) / (gotTokens.length + wantTokens.length);
}

export function bestTokenF1(got, alternatives) {
  return Math.max(0, ...alternatives.map((alt) => tokenF1(got ?? "", alt)));
}

/** Every question a suite asks, one per turn; the turns of a conversation share its id. */
export function questionsOf(suite) {
  const questions = [];
  for (const c of suite.cases) {
    const turns = c.turns ?? [c];
    turns.forEach((expect, turn) =>
      questions.push({ id: `${c.id}#${turn}`, expect, conversation: c.turns ? c.id : undefined }),
    );
  }
  return questions;
}

/**
 * Judges one reply (undefined when the bot gave none) against what the case expects.
 * Returns { ok, abstain, citeOk, answerOk, short (F1 or null), why }.
 */
export function judge(expect, reply) {
  const result = { ok: false, abstain: Boolean(expect.abstain), citeOk: false, answerOk: false, short: null, why: "" };
  if (expect.short) result.short = 0;
  if (!reply) {
    result.why = "no reply";
    return result;
  }
  if (expect.abstain) {
    result.ok = reply.answered === false;
    if (!result.ok) result.why = `should decline, answered: ${String(reply.answer).slice(0, 100)}`;
    return result;
  }
  const answered = reply.answered === true;
  const firstCited = reply.citations?.[0]?.sentence ?? "";
  result.citeOk = answered && containsAny(firstCited, expect.cite);
  result.answerOk =
    answered && containsAny(reply.answer, expect.answer) && (!expect.order || containsInOrder(reply.answer, expect.order));
  if (expect.short) {
    result.short = answered ? bestTokenF1(reply.short, expect.short) : 0;
    // A factoid question is answered by its short answer, not by quoting a sentence that holds it.
    if (result.short < 0.5) result.answerOk = false;
  }
  result.ok = result.citeOk && result.answerOk;
  if (!result.ok) {
    const cite = result.citeOk ? "ok" : JSON.stringify(firstCited.slice(0, 90));
    const answer = result.answerOk ? "ok" : JSON.stringify(String(reply.answer ?? "").slice(0, 90));
    result.why = `answered=${reply.answered} short=${JSON.stringify(reply.short ?? null)} cite=${cite} answer=${answer}`;
  }
  return result;
}

/** Adds up the judgements of one suite. */
export function tally(judgements) {
  const t = { passed: 0, total: judgements.length, answerable: 0, citeOk: 0, answerOk: 0, unanswerable: 0, abstainOk: 0, factoid: 0, shortSum: 0, shortExact: 0 };
  for (const j of judgements) {
    if (j.ok) t.passed++;
    if (j.abstain) {
      t.unanswerable++;
      if (j.ok) t.abstainOk++;
      continue;
    }
    t.answerable++;
    if (j.citeOk) t.citeOk++;
    if (j.answerOk) t.answerOk++;
    if (j.short !== null) {
      t.factoid++;
      t.shortSum += j.short;
      if (j.short === 1) t.shortExact++;
    }
  }
  return t;
}

export function summaryLine(name, t, seconds) {
  const rate = t.total ? (100 * t.passed) / t.total : 0;
  const f1 = t.factoid ? (t.shortSum / t.factoid).toFixed(2) : "-";
  return (
    `${name}: ${t.passed}/${t.total} passed (${rate.toFixed(1)}%); ` +
    `citation ${t.citeOk}/${t.answerable}, answer ${t.answerOk}/${t.answerable}, abstain ${t.abstainOk}/${t.unanswerable}, ` +
    `short F1 ${f1} (exact ${t.shortExact}/${t.factoid}); ${seconds.toFixed(2)} s`
  );
}
