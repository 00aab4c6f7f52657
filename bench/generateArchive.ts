// A deterministic synthetic news archive for the benchmark and scale tests.
// Each article is stitched from news-style template sentences with other people, places,
// numbers and dates filled in, so the archive has the many near-duplicate sentences a real
// archive has (wire stories rewritten by several outlets), plus quotes, figures and dates.
// The same seed always gives byte-identical files, so numbers are comparable between runs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A small linear congruential generator: deterministic and fast, quality is irrelevant here. */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export const PEOPLE = [
  ["Defence Minister", "Anna Kowalski"], ["Foreign Minister", "Rashid Al-Mansour"],
  ["President", "Julia Hartmann"], ["Prime Minister", "Kwame Asante"],
  ["General", "Victor Sandoval"], ["Ambassador", "Ingrid Solberg"],
  ["Interior Minister", "Tariq Bashir"], ["Senator", "Rebecca Collins"],
  ["Colonel", "Dmitri Volkov"], ["Spokeswoman", "Amara Nwosu"],
  ["Admiral", "Kenji Morimoto"], ["Governor", "Luis Ortega"],
] as const;
export const COUNTRIES = [
  "Syria", "Niger", "Somalia", "Poland", "Kuwait", "Jordan", "Mali", "Estonia",
  "Qatar", "Lebanon", "Latvia", "Chad", "Yemen", "Libya", "Romania", "Djibouti",
];
export const CAPITALS: Record<string, string> = {
  Syria: "Damascus", Niger: "Niamey", Somalia: "Mogadishu", Poland: "Warsaw", Kuwait: "Kuwait City",
  Jordan: "Amman", Mali: "Bamako", Estonia: "Tallinn", Qatar: "Doha", Lebanon: "Beirut",
  Latvia: "Riga", Chad: "N'Djamena", Yemen: "Sanaa", Libya: "Tripoli", Romania: "Bucharest",
  Djibouti: "Djibouti City",
};
export const AGENCIES = ["Reuters", "Xinhua", "The Associated Press", "Agence France-Presse", "The Guardian"];
const UNITS = ["troops", "soldiers", "service members", "peacekeepers", "military advisers"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const WHEN = ["last week", "earlier this month", "on {day}", "in early {month}", "this {month}", "late last year"];

/** Slot values for one article; templates refer to them as {name}. */
type Slots = Record<string, string>;

// Paragraph templates; each paragraph is one to three sentences, ~15 sentences an article.
const LEAD = [
  "{role} {person} said {when} that {country} would reduce the number of foreign {unit} on its soil.",
  "{country} has announced plans to cut the foreign military presence in the country, {role} {person} said {when}.",
  "The government of {country} confirmed {when} that talks on the future of foreign {unit} had resumed.",
];
const QUOTE = [
  "“We have been bringing our {unit} home steadily, and we expect to finish the job,” {surname} told reporters in {capital}. “Nobody wants to stay longer than needed.”",
  "“This is not a withdrawal, it is a transition,” {surname} said at a news conference in {capital}.",
  "Speaking in {capital}, {surname} said that “the mission is far from over” but added that numbers would fall.",
  "“We will be there as long as our partners ask us to be,” {surname} added, declining to give a timeline.",
];
const NUMBERS = [
  "Currently, there are about {n1} foreign {unit} deployed in {country}, mainly for training and advisory purposes.",
  "Officials said the total could fall to around {n2} {unit} by {month} {year}.",
  "Nearly {pct} percent of the {n1} personnel are stationed at two bases near {capital}.",
  "More than {n3} contractors also work alongside the {unit}, according to figures published in {month}.",
];
const REPORTED = [
  "Citing unnamed officials, {agency} reported {when} that an agreement could be signed before the end of {month}.",
  "{agency} reported that the two governments had held a strategic dialogue in {month} {year}.",
  "According to {agency}, the talks covered logistics, air defence and intelligence sharing.",
];
const BACKGROUND = [
  "The parliament of {country} passed a resolution on {month} {dayNum}, {year}, calling for a timetable for the departure of foreign forces.",
  "Bases housing foreign {unit} in {country} have been targeted by rocket attacks several times in recent months.",
  "Relations between the two countries were strained after a drone strike near {capital} in {month} {year}.",
  "Analysts say the decision reflects domestic pressure ahead of elections scheduled for {month}.",
];
// Said by a second, different person, so an article names more than one speaker.
const SECOND_QUOTE = [
  "{role2} {person2} noted that the country “cannot rely on foreign partners forever” and called for a clear plan.",
  "“We are ready to take over full responsibility for security,” {role2} {person2} said on {day2}, according to {agency}.",
  "{person2}, the {role2}, warned that a rushed departure “would only invite the militants back” into the north of {country}.",
];
const CLOSING = [
  "The ministry did not respond to a request for comment.",
  "A final decision is expected after a review by the defence committee.",
  "{surname} is expected to visit {capital} again in {month}.",
];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

/** Up to `k` distinct templates from `xs`, in a random order. */
function pickSome(rand: () => number, xs: readonly string[], k: number): string[] {
  const pool = [...xs];
  const out: string[] = [];
  while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0] as string);
  return out;
}

function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? name);
}

function number(rand: () => number, min: number, max: number): string {
  return (min + Math.floor(rand() * (max - min))).toLocaleString("en-US");
}

export interface GeneratedFile {
  fileName: string;
  text: string;
}

/** Article `i` of the archive for `seed`. Files are named by date so the archive sorts in time. */
export function generateArticle(i: number, seed = 42): GeneratedFile {
  const rand = makeRandom(seed * 100_003 + i);
  const [role, person] = pick(rand, PEOPLE);
  let [role2, person2] = pick(rand, PEOPLE);
  if (person2 === person) [role2, person2] = PEOPLE[(PEOPLE.findIndex(([, p]) => p === person) + 1) % PEOPLE.length]!;
  const country = pick(rand, COUNTRIES);
  const year = String(2015 + Math.floor(rand() * 10));
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
  const slots: Slots = {
    role, person, role2, person2, country, year,
    surname: person.split(" ").at(-1) ?? person,
    capital: CAPITALS[country] ?? country,
    unit: pick(rand, UNITS),
    agency: pick(rand, AGENCIES),
    month: pick(rand, MONTHS),
    day: pick(rand, DAYS),
    day2: pick(rand, DAYS),
    dayNum: String(1 + Math.floor(rand() * 28)),
    n1: number(rand, 500, 9_000), n2: number(rand, 200, 4_000), n3: number(rand, 100, 2_500),
    pct: String(10 + Math.floor(rand() * 80)),
  };
  slots.when = fill(pick(rand, WHEN), slots);
  const paragraphs = [
    [pick(rand, LEAD)],
    pickSome(rand, QUOTE, 2),
    pickSome(rand, NUMBERS, 3),
    pickSome(rand, REPORTED, 2),
    pickSome(rand, BACKGROUND, 3),
    pickSome(rand, SECOND_QUOTE, 2),
    pickSome(rand, CLOSING, 2),
  ].map((sentences) => sentences.map((s) => fill(s, slots)).join(" "));
  const title = `${person} on foreign ${slots.unit} in ${country} (${i})`;
  const published = `${year}-${month}-${day}`;
  const text =
    `---\ntitle: ${title}\npublished: ${published}\nsource: synthetic\nurl: https://example.com/news/${i}\n---\n\n` +
    paragraphs.join("\n\n") + "\n";
  return { fileName: `${published}-synthetic-${i}.md`, text };
}

/** Writes articles 0..n-1 into `dir` (created if needed). */
export function writeArchive(dir: string, n: number, seed = 42): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const { fileName, text } = generateArticle(i, seed);
    writeFileSync(join(dir, fileName), text);
  }
}
