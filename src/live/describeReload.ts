// What a reload changed, in words a moderator reads (the /reload reply and the logs).
// Pure, so the wording is tested without Discord.
import type { ReloadReport } from "./knowledgeStore.ts";
import { formatProblem } from "../knowledge/loadKnowledge.ts";

/** Long lists are cut: a reply must stay readable (and under Discord's limits) after a bulk import. */
const MAX_NAMES = 10;

function names(list: string[]): string {
  const shown = list.slice(0, MAX_NAMES).join(", ");
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown;
}

export function describeReload(report: ReloadReport): string {
  const lines: string[] = [];
  if (report.added.length) lines.push(`Added (${report.added.length}): ${names(report.added)}`);
  if (report.changed.length) lines.push(`Changed (${report.changed.length}): ${names(report.changed)}`);
  if (report.removed.length) lines.push(`Removed (${report.removed.length}): ${names(report.removed)}`);
  if (report.keptLastGood.length) {
    lines.push(`Kept the last good version of (${report.keptLastGood.length}): ${names(report.keptLastGood)}`);
  }
  if (report.rejected.length) lines.push(`Not loaded (${report.rejected.length}): ${names(report.rejected)}`);
  if (report.deferred.length) {
    lines.push(`Still being written, taken once unchanged for a moment (${report.deferred.length}): ${names(report.deferred)}`);
  }
  if (report.problems.length) {
    lines.push("Problems:", ...report.problems.slice(0, MAX_NAMES).map((p) => `- ${formatProblem(p)}`));
    if (report.problems.length > MAX_NAMES) lines.push(`- and ${report.problems.length - MAX_NAMES} more`);
  }
  const summary = lines.length === 0 ? "Nothing changed." : report.rebuilt ? "Knowledge reloaded." : "Knowledge unchanged.";
  return [summary, ...lines, `Answering from ${report.articles} article${report.articles === 1 ? "" : "s"}.`].join("\n");
}
