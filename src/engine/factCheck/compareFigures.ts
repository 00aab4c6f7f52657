import type { Quantity } from "../../analysis/extractQuantities.ts";
import { FIGURE_BOUNDS } from "../../analysis/lexicon.ts";
import { ownEntry } from "../../analysis/ownEntry.ts";
import { tuning } from "../../tuning.ts";

/** Two figures read against each other: the same, clearly different, or too loosely given to tell. */
export type FigureComparison = "same" | "different" | "inexact";

interface Band {
  low: number;
  high: number;
}

/**
 * The values a figure allows. Read closely (`strict`), "over 5,000" allows up to 6,000; read
 * loosely, up to 7,500: only a value outside the loose reading is a different figure.
 */
export function figureBand(q: Pick<Quantity, "value" | "high" | "modifier">, strict: boolean): Band {
  const t = tuning.factCheck;
  const bound = q.modifier ? ownEntry(FIGURE_BOUNDS, q.modifier) : undefined;
  const approximate = strict ? t.approximateShare : 2 * t.approximateShare;
  const beyond = strict ? t.boundSupportShare : t.boundContradictShare;
  switch (bound) {
    case "approximate":
      return { low: q.value * (1 - approximate), high: q.high * (1 + approximate) };
    case "above":
      return { low: q.value, high: q.high * (1 + beyond) };
    case "below":
      return { low: q.value / (1 + beyond), high: q.high };
    case "just-below":
      return { low: q.value * (1 - approximate), high: q.high };
    default:
      return { low: q.value * (1 - t.exactShare), high: q.high * (1 + t.exactShare) };
  }
}

const overlap = (a: Band, b: Band) => a.low <= b.high && b.low <= a.high;

/**
 * Whether a claimed figure says what the article's does. "10,000" against the article's
 * "over 5,000" is different; "6,000" is the same (a close reading of "over"); "7,000" is
 * neither: the article gives no exact figure to hold it against.
 */
export function compareFigures(claimed: Quantity, article: Quantity): FigureComparison {
  const claim = figureBand(claimed, true);
  if (overlap(claim, figureBand(article, true))) return "same";
  return overlap(claim, figureBand(article, false)) ? "inexact" : "different";
}
