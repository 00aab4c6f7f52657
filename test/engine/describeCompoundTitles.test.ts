import { describe, expect, it } from "vitest";
import { describeAt } from "../../src/engine/answers/describePerson.ts";
import { personSpans } from "../../src/engine/answers/findPersonName.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// Invented sentences in news style; none is from a real article.
function describeIn(text: string, name: string): string | null {
  const at = personSpans(text, [name])[0];
  if (!at) throw new Error(`${name} not in ${text}`);
  return describeAt(text, at.start, at.end);
}

describe("titles written as one word or with a form of address before the name", () => {
  it("reads a closed compound ending in a person noun as part of the title", () => {
    expect(describeIn("The paper spoke with screenwriter and film producer Dale Omar about the sequel.", "Dale Omar")).toBe("screenwriter and film producer");
    expect(describeIn("The farm was sold by landowner Pia Stroud last year.", "Pia Stroud")).toBe("landowner");
  });

  it("keeps a thing named by such a compound out of a title", () => {
    expect(describeIn("Music came from a loudspeaker Tom Bell had rigged up.", "Tom Bell")).toBeNull();
  });

  it("reads the title before a form of address such as 'Dr.'", () => {
    expect(describeIn("According to Keele gerontologist Dr. Ines Varro, the record stands.", "Ines Varro")).toBe("Keele gerontologist");
    expect(describeIn("Harbour surgeon Prof. Ada Lum led the team.", "Ada Lum")).toBe("Harbour surgeon");
  });
});

describe("what a clause after the name says the person leads or was made", () => {
  it("reads 'who heads …' as the head of it", () => {
    expect(describeIn("The plan was backed by Ada Lum, who heads the regional water board.", "Ada Lum")).toBe("head of the regional water board");
  });

  it("reads the office a person was elected or named to, without when it happened", () => {
    expect(describeIn("Tom Bray, who was elected mayor in 2010, opposed the plan.", "Tom Bray")).toBe("mayor");
    expect(describeIn("Ada Lum was named head coach of the national team last year.", "Ada Lum")).toBe("head coach of the national team");
  });

  it("prefers the description after the name to a bare form of address before it", () => {
    expect(describeIn("Dr Ada Lum, an epidemiologist at the institute, said cases were rising.", "Ada Lum")).toBe("an epidemiologist at the institute");
    expect(describeIn("Nobel laureate Ines Varro spoke first.", "Ines Varro")).toBe("Nobel laureate");
  });
});

describe("a person the analysis takes for a body", () => {
  const engine = createEngine([
    article(
      [
        "Reporters met screenwriter and film producer Rory Quade to discuss his new comedy.",
        "RQ: The film was shot in two weeks.",
        "RQ: We hope to show it at festivals soon.",
      ],
      "2024-05-20",
      "interview",
    ),
  ]);

  it("is still described by the title before the name", () => {
    expect(engine.ask("Who is Rory Quade?").short).toBe("screenwriter and film producer");
  });
});
