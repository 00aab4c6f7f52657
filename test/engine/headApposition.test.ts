import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Velto has been shut out from Harbin Mart, Norland's largest appliance retailer, which sells a third of the country's ovens.",
      "Patrols in the Straits are forcing smugglers to hunt for boats in the Coral Sea, closer to the island nation of the Seychelles.",
      "Ines Duarte of Portugal won the sprint in the Class B final at Lakeside on Sunday.",
      "Ken Ito of Harbour Labour lost his seat in the vote.",
      "\"The charity I started twelve years ago, Lantern Hands, runs a school for UNICEF orphans at OK Osk,\" Ada Pell said.",
    ],
    "2024-05-20",
    "apposition",
  ),
]);

describe("the noun asked about, said of a name in apposition, names it", () => {
  it("answers 'which island nation' with the name after 'the island nation of'", () => {
    expect(engine.ask("which island nation are smugglers moving closer to?").short).toBe("Seychelles");
  });

  it("answers 'what charity' with the name set off after a clause that opens with that noun", () => {
    expect(engine.ask("What charity did Ada Pell start?").short).toBe("Lantern Hands");
  });

});

describe("the 'of' part of a name the question asks about", () => {
  it("answers what the question asks of that name: 'Ines Duarte of Portugal' for which country", () => {
    expect(engine.ask("Which country did Ines Duarte represent?").short).toBe("Portugal");
  });

  it("answers which party for 'Ken Ito of Harbour Labour'", () => {
    expect(engine.ask("Which party is Ken Ito in?").short).toBe("Harbour Labour");
  });
});
