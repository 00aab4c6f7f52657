// Orders and look-ups on sorted ISO dates and ids, shared by the parts of the index.

/**
 * Plain code-unit order, for ISO dates and ids. `localeCompare` sorts by language rules, which
 * these strings do not need, and it made sorting the timeline of an archive take 100 ms.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index whose key is not below `key`, in an array sorted by that key. */
export function lowerBound<T>(sorted: T[], key: string, keyOf: (x: T) => string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(sorted[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An ISO day moved by a number of days (negative: earlier). */
export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
