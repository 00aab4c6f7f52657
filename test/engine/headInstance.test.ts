import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
const engine = createEngine([
  article(
    [
      "Velto has been shut out from Harbin Mart, Norland's largest appliance retailer, which sells a third of the country's ovens.",
      "Several folk faiths, such as Veldism, borrow rites from the old temple cults of the valley.",
      "The grant will pay for clinics in the poorest provinces, including Orvala, Fenmark and Duskland.",
      "Ada Lum, who just finished filming a new television drama in Tromvik, Norland called The Long Tide, is touring in May.",
      "A reality TV series about the harbour is also planned.",
      "The short film will premiere at the Lakeside Northern Lights Winter Film Festival in Tromvik next spring.",
      "Investigators say the bomber tried to detonate a highly explosive substance, identified as Brelite.",
      "The town was taken by a militant group known as the Northern Front.",
    ],
    "2024-05-20",
    "instances",
  ),
]);

describe("the phrase with the noun asked about points at the name it describes", () => {
  it("answers 'which retailer' with the name the describing phrase is set beside", () => {
    expect(engine.ask("Which retailer has Velto been shut out of?").short).toBe("Harbin Mart");
  });

  it("answers 'which faith' with the example a plural kind gives after 'such as'", () => {
    expect(engine.ask("Which folk faith does the article mention?").short).toBe("Veldism");
  });

  it("answers 'which provinces' with the whole list of examples, 'which province' with the first", () => {
    expect(engine.ask("Which provinces will the grant help?").short).toBe("Orvala, Fenmark and Duskland");
    expect(engine.ask("Which province will the grant help first?").short).toBe("Orvala");
  });

  it("answers with the name the phrase is called, past a place after it, and reads 'TV' as the 'television' written", () => {
    expect(engine.ask("Which TV drama did Ada Lum just finish filming?").short).toBe("The Long Tide");
  });

  it("answers with the name the phrase is 'identified as' or 'known as'", () => {
    expect(engine.ask("Which explosive substance did the bomber use?").short).toBe("Brelite");
    expect(engine.ask("Which militant group took the town?").short).toBe("Northern Front");
  });

  it("reads a long capitalised name before the noun asked about whole", () => {
    expect(engine.ask("Which festival will the short film premiere at?").short).toBe("Lakeside Northern Lights Winter Film Festival");
  });
});
