import { z } from "zod";

/**
 * YYYY-MM-DD that is also a real calendar day (2020-02-30 is refused), in a year of four
 * significant digits: JavaScript reads years below 100 as 19xx, so "0000-01-01" would come
 * out as 1899 or 1900 in resolved dates.
 */
const isoDay = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number(s.slice(0, 4)) < 1000) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, "a real calendar date written YYYY-MM-DD (year 1000 or later)");

/**
 * The frontmatter of a knowledge file: the one boundary where raw YAML becomes data.
 * Keys we do not know are allowed and ignored (moderators add their own notes).
 */
export const frontmatterSchema = z.looseObject({
  title: z.string().trim().min(1, "a non-empty title"),
  // YAML may read an unquoted date as a Date; accept both, keep the day.
  published: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDay),
  source: z.string().trim().min(1, "a non-empty source"),
  url: z.url("an http(s) URL").optional().nullable(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
