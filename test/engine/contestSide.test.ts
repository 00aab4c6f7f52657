import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// "Who won / lost the final?" read from the sides of a contest verb: its winner before "beat",
// after "lost to" or "beaten by"; never the sentence's words alone.
const engine = createEngine([
  article(
    [
      "The Vell Open ended on Sunday.",
      "Ana Roe lost 2–1 to Tom Lee in the final.",
      "In the semi-final, Lee was beaten by nobody: Ida Berg beat Sam Holm in straight sets.",
    ],
    "2022-06-01",
    "tennis",
  ),
]);

describe("who won or lost a contest", () => {
  it("answers the winner after 'lost to' and the loser before it", () => {
    const won = engine.ask("Who won the final?");
    expect(won.short).toBe("Tom Lee");
    expect(won.citations[0]?.sentence).toMatch(/lost 2–1 to Tom Lee/);
    expect(engine.ask("Who lost the final?").short).toBe("Ana Roe");
  });

  it("answers the winner before 'beat' and the loser after it", () => {
    expect(engine.ask("Who won the semi-final?").short).toBe("Ida Berg");
    expect(engine.ask("Who lost the semi-final?").short).toBe("Sam Holm");
  });

  it("reads a passive contest verb round: the winner after 'beaten by'", () => {
    const e = createEngine([article(["The Orrin Cup ended on Sunday.", "Vell Rovers were beaten by Tarn City in the cup final."], "2022-06-01", "cup")]);
    expect(e.ask("Who won the cup final?").short).toBe("Tarn City");
    expect(e.ask("Who lost the cup final?").short).toBe("Vell Rovers");
  });

  it("answers 'which team won / lost' as 'who', and never with the score beside the side", () => {
    const e = createEngine([article(["The Orrin Cup ended on Sunday.", "Tarn United beat Vell City 2-0 in the cup final."], "2022-06-01", "cup")]);
    expect(e.ask("Which team won the cup final?").short).toBe("Tarn United");
    expect(e.ask("Which club lost the cup final?").short).toBe("Vell City");
    expect(e.ask("Who lost the cup final?").short).toBe("Vell City");
  });

  it("declines a contest the articles do not tell of", () => {
    expect(engine.ask("Who won the doubles final?").answered).toBe(false);
  });
});
