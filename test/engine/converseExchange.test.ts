import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented town report: exchanges told from one end, asked about from the other.
const engine = createEngine([
  article(
    [
      "The bridge contract was awarded to Orrin Steel on Monday.",
      "The Vell Prize was presented to Ann Roe by the king.",
      "The museum sold the old mill painting to a local family in 1990.",
      "Tom Lee bought the harbour boathouse from the Tarn Rowing Club.",
      "Ida Marsh learned to carve from her grandfather, Ben Marsh.",
      "The medal was handed to the team captain, Eva Lund.",
    ],
    "2023-02-20",
    "exchanges",
  ),
]);
const short = (q: string) => engine.ask(q).short;

describe("an exchange asked about from its other end", () => {
  it("answers who got or received it from 'awarded / presented / handed to'", () => {
    expect(short("Which company got the bridge contract?")).toBe("Orrin Steel");
    expect(short("Who received the Vell Prize?")).toBe("Ann Roe");
    // The name in apposition to the phrase after "to" is who it is.
    expect(short("Who received the medal?")).toBe("Eva Lund");
  });

  it("answers who bought it from 'sold to', who sold it from 'bought from', who taught from 'learned from'", () => {
    expect(short("Who bought the old mill painting?")).toBe("a local family");
    expect(short("Who sold the harbour boathouse?")).toBe("Tarn Rowing Club");
    expect(short("Who taught Ida Marsh to carve?")).toBe("Ben Marsh");
  });

  it("declines an exchange of something the articles never tell", () => {
    expect(engine.ask("Who got the ferry contract?").answered).toBe(false);
  });
});
