import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { expectedAnswer } from "../../src/engine/general/expectedAnswer.ts";
import { article } from "./helpers.ts";

// An invented report naming people by what they do, beside places and groups.
const engine = createEngine([
  article(
    [
      "The blast in Port Avel on Sunday killed at least twelve people, including harbour police chief Col. Ana Ruiz.",
      "The visiting side lost the final when their third kick was saved by goalkeeper Per Holm of Norvik United.",
    ],
    "2022-04-10",
    "avel",
  ),
]);

describe("'Which <person noun> …?' asks for a person", () => {
  it("reads any noun of what a person is as asking for a person, not a thing", () => {
    expect(expectedAnswer("Which ambassador attended the trial?")?.type).toBe("person");
    expect(expectedAnswer("Which goalkeeper saved the kick?")?.type).toBe("person");
    // The tags take "chief" for an adjective; it is still the noun asked about.
    expect(expectedAnswer("Which police chief was killed?")).toMatchObject({ type: "person", head: "chief" });
    // Not a person noun: still a thing.
    expect(expectedAnswer("Which bridge was closed?")?.type).toBe("thing");
  });

  it("answers with the person the noun titles, not the group before it", () => {
    const a = engine.ask("Which police chief was killed in the blast?");
    expect(a.short).toBe("Ana Ruiz");
    expect(a.citations[0]?.sentence).toContain("police chief Col. Ana Ruiz");
  });

  it("answers with the person a goalkeeper is", () => {
    const a = engine.ask("Which goalkeeper saved the third kick?");
    expect(a.short).toMatch(/Per Holm/);
  });
});
