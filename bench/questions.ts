// The fixed questions the benchmark times. Built from the generator's own names so they hit
// real content at every archive size, plus typos, follow-ups and questions nothing answers
// (abstaining must be fast too). Same list every run, so numbers compare between runs.
import { AGENCIES, CAPITALS, COUNTRIES, PEOPLE } from "./generateArchive.ts";

/** Swap two letters in the middle: the kind of typo people make. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

export function benchQuestions(): string[] {
  const questions: string[] = [];
  for (const country of COUNTRIES) {
    questions.push(
      `How many troops are in ${country}?`,
      `When did the parliament of ${country} pass a resolution?`,
      `how many trops in ${typo(country).toLowerCase()}`,
      `Why is ${country} cutting the foreign military presence?`,
    );
  }
  for (const [role, person] of PEOPLE) {
    const surname = person.split(" ").at(-1) ?? person;
    questions.push(`What did ${surname} say?`, `Who is ${person}?`, `What did the ${role.toLowerCase()} say about a timeline?`);
  }
  for (const agency of AGENCIES) questions.push(`What did ${agency} report?`);
  for (const capital of Object.values(CAPITALS).slice(0, 6)) questions.push(`Who spoke in ${capital}?`);
  questions.push(
    "Who said the mission is far from over?",
    "Who said “this is not a withdrawal, it is a transition”?",
    "How many contractors work alongside the troops?",
    "What percentage of personnel are stationed near the capital?",
    "When was the strategic dialogue held?",
    "How many US troops are in Iraq?",
    "What did Mike Pompeo say?",
    "How many soldiers are in Afghanistan?",
    "What did Biden say?",
    "Who warned that a rushed departure would invite the militants back?",
    "What happened?",
    "Give me a timeline",
  );
  return questions;
}
