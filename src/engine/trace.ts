// Why the engine answered what it did: which rule read the question, which answerers ran, the
// candidates each weighed and why it chose or declined. Carried on every answer when asked for
// (`npm run ask -- --explain`, batch `--explain`).

export interface TraceCandidate {
  text: string;
  score: number;
  why?: string;
}

export interface TraceStep {
  answerer: string;
  outcome: "answered" | "declined" | "nothing";
  notes: string[];
  candidates?: TraceCandidate[];
}

export interface Trace {
  /** The question-kind rule that matched, or how the kind was decided. */
  rule: string;
  kind: string;
  steps: TraceStep[];
}

export function newStep(answerer: string): TraceStep {
  return { answerer, outcome: "nothing", notes: [] };
}

/** The trace as lines a person reads. */
export function formatTrace(t: Trace): string {
  const lines = [`kind: ${t.kind} (rule: ${t.rule})`];
  for (const s of t.steps) {
    lines.push(`answerer ${s.answerer}: ${s.outcome}${s.notes.length ? ` — ${s.notes.join("; ")}` : ""}`);
    for (const c of s.candidates ?? []) lines.push(`    ${c.score.toFixed(2)}  ${c.text}${c.why ? `   (${c.why})` : ""}`);
  }
  return lines.join("\n");
}
