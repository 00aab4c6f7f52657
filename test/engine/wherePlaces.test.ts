import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Coinciding with Easter Sunday, the Marlow Garden Club's annual show was held on Brackley Green, under grey skies.",
      "Nearly 900 people had signed up for the show on Facebook.",
      "The freighter Norda Star was steaming toward the Ruvanian port city of Kessa when it came under attack.",
      "Rear Admiral Joan Pettle, from the Naval Forces Southern Command, praised the crew.",
      "Last month, a piece of a hull, reported to be from AB112, was found washed ashore on Tarvo Island.",
      "Activist Hamid Sorel was taken into custody by police at his home.",
      "Editor Lena Vosk is held in a jail of the Ministry of Public Order of Ruvania.",
      "United States film director Piet Arnell quit the festival.",
      "The Kessa-born actor Mara Tilde said she would not return.",
      "The club's exhibit, which is located in Dunmore, Ohio, runs until May.",
      "A fisherman found wreckage on a beach near Porlock.",
      "When police heard of it, they returned to the site and found more wreckage.",
    ],
    "2024-03-02",
    "where",
  ),
]);
const ask = (q: string) => engine.ask(q);

describe("where: the best place phrase of the best-aligned sentences", () => {
  it("reads a place after 'on', but never a day ('on Easter Sunday')", () => {
    const a = ask("Where was the garden show held?");
    expect(a.short).toBe("Brackley Green");
    expect(ask("Where did people sign up for the show?").short).toBe("Facebook");
  });

  it("reads where something was headed after 'toward', with the noun of place that describes it", () => {
    const a = ask("Where was the Norda Star headed?");
    expect(a.short).toBe("Kessa");
    expect(a.lead).toMatch(/^Toward the Ruvanian port city of Kessa/);
  });

  it("never answers with a flight code or a body someone is 'from'", () => {
    const a = ask("Where did the piece of hull wash up?");
    expect(a.short).toBe("Tarvo Island");
  });

  it("answers with a common noun of place when the sentence names none", () => {
    expect(ask("Where was Hamid Sorel arrested?").short).toBe("his home");
    expect(ask("Where is Lena Vosk locked up?").short).toMatch(/^a jail of the Ministry of Public Order/);
  });

  it("reads where someone is from or was born from the words before their name", () => {
    expect(ask("Where is Piet Arnell from?").short).toBe("United States");
    expect(ask("Where was Mara Tilde born?").short).toBe("Kessa");
  });

  it("never answers with 'the site', which only points back to a place told before", () => {
    expect(ask("where did police find more wreckage?").short).toBe("Porlock");
  });

  it("takes a town with its region, and prefers what the sentence says is located there", () => {
    expect(ask("Where is the club's exhibit?").short).toBe("Dunmore, Ohio");
  });
});

describe("where: a place written into a word, a place noun after its own preposition, a workplace", () => {
  const e = createEngine([
    article(
      [
        "Officials in Orrin gave an update on Monday.",
        "The Oslo-based company Skarv makes drones for farmers.",
        "Hundreds of protesters gathered outside parliament on Tuesday.",
        "Ann Roe works for the Orrin Daily as an editor.",
      ],
      "2022-06-01",
      "where-forms",
    ),
  ]);

  it("reads where something is based from 'X-based'", () => {
    const a = e.ask("Where is Skarv based?");
    expect(a.short).toBe("Oslo");
    expect(a.citations[0]?.sentence).toContain("Oslo-based");
  });

  it("answers with a common noun of place that opens with its preposition ('outside parliament')", () => {
    expect(e.ask("Where did the protesters gather?").short).toMatch(/parliament$/);
  });

  it("answers 'where does X work?' with whom the article says X works for", () => {
    expect(e.ask("Where does Ann Roe work?").short).toBe("Orrin Daily");
  });
});
