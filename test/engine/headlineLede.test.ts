import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import type { Article } from "../../src/engine/types.ts";

// Invented articles: a news story's headline names the event its first sentence (the lede) tells.
const quake: Article = {
  id: "quake",
  title: "Strong earthquake hits Norland coast",
  published: "2021-05-12",
  source: "test",
  url: null,
  paragraphs: [
    "A magnitude 6.4 earthquake occurred off the coast of Norland on Monday, the geological survey said.",
    "Rescue teams reached the harbour town of Velby in the evening.",
    "Schools in the valley were closed after a second earthquake hit the northern hills.",
  ],
};

const visit: Article = {
  id: "visit",
  title: "Prime minister arrives in Ostland",
  published: "2021-06-03",
  source: "test",
  url: null,
  paragraphs: [
    "Prime Minister Ana Lopes has arrived in Ostland for a three-day visit.",
    "Lopes will meet the Ostland president on Friday to discuss trade.",
  ],
};

const flood: Article = {
  id: "flood",
  title: "Flood hits Brackton",
  published: "2021-07-20",
  source: "test",
  url: null,
  paragraphs: ["Heavy rain has flooded the streets in Brackton.", "Last week a storm hit the farms near Millbrook."],
};

describe("an article's lede tells the event its headline names", () => {
  it("answers where from the lede, read with the headline's verb", () => {
    const a = createEngine([flood]).ask("Where did the flood hit?");
    expect(a.short).toBe("Brackton");
    expect(a.citations[0]!.sentence).toContain("flooded the streets");
  });

  it("reads the lede with the headline's verb: the event the headline names, not a later one told with that verb", () => {
    const a = createEngine([quake]).ask("When did the earthquake hit?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("Monday, May 10, 2021");
    expect(a.citations[0]!.sentence).toContain("magnitude 6.4 earthquake occurred");
  });

  it("dates an undated lede by the article's publication: it reports the news of that day", () => {
    const a = createEngine([visit]).ask("When did Lopes land in Ostland?");
    expect(a.answered).toBe(true);
    expect(a.short).toBe("Thursday, June 3, 2021");
    expect(a.citations[0]!.sentence).toContain("has arrived in Ostland");
  });

  it("never dates a later undated sentence by the publication", () => {
    const a = createEngine([quake]).ask("When did the rescue teams reach Velby?");
    expect(a.answered).toBe(false);
  });

  it("never dates a plan by the publication", () => {
    const a = createEngine([visit]).ask("When will Lopes arrive in Ostland?");
    expect(a.short).not.toBe("Thursday, June 3, 2021");
  });
});
