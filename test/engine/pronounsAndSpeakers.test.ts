import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/analysis/analyseArticle.ts";
import { createEngine } from "../../src/engine/createEngine.ts";
import { article } from "./helpers.ts";

// An invented awards report: a singer known by one name, a man named after her, bills and lobbyists.
const report = article(
  [
    "Rock singer Tom Bell, with his band, opened the night. Zelda won three awards on Sunday. Zelda, in her performance, paid tribute to Tom Bell. She later apologised, saying \"I am sorry for stopping the song.\"",
    "Riders added into the spending bill included $40 million for the harbour. Director of Citizens for Budget Reform, Ana Reyes, offered her explanation for the riders added in. \"Members trade their votes for a new harbour at home.\"",
    "Senator Paul Ortiz praised the bill. The Senate then passed the measure, which concerns \"the fair provision of mental health benefits under group health plans for every worker\" in the state.",
    "Economist Lena Park said the bill would cost $2 billion. Critics claim that the bill \"wastes money on favours\" for friends.",
    "Tom Bell was taken to hospital on Monday. He died from heart failure after the show.",
  ],
  "2024-02-14",
  "awards",
);
const analysed = analyseArticle(report);

function speakersOf(text: string): string[] {
  const s = analysed.sentences.find((x) => x.text.startsWith(text));
  return s ? s.statements.map((st) => st.speaker) : [];
}

describe("personal pronouns and who speaks", () => {
  it("makes a single name followed by 'in her …' a person, and gives her a later 'she said'", () => {
    expect(analysed.entities.find((e) => e.id === "zelda")).toMatchObject({ kind: "person", gender: "female" });
    // Tom Bell is the last person named, but the article called him "his" ("Tom Bell, with his band").
    expect(speakersOf("She later apologised")).toEqual(["zelda"]);
  });

  it("reads a title before a name as the person's gender", () => {
    const a = analyseArticle(article(["The mayor met his wife Ann Roe and her brother Tom Lee. She said the visit was useful."], "2024-02-14", "wife"));
    expect(a.entities.find((e) => e.id === "ann roe")?.gender).toBe("female");
    expect(a.entities.find((e) => e.id === "tom lee")?.gender).toBe("male");
    expect(a.sentences[1]!.statements.map((s) => s.speaker)).toEqual(["ann roe"]);
  });

  it("never takes a sentence's common noun for a speaker of 'added into'", () => {
    expect(speakersOf("Riders added into")).toEqual([]);
  });

  it("reads a capitalised word opening a sentence as a common noun when the article writes it in lowercase", () => {
    // "the riders added in" stands later in the same paragraph.
    expect(analysed.entities.some((e) => e.id === "riders")).toBe(false);
  });

  it("gives the quotation after 'X offered her explanation' to X", () => {
    expect(speakersOf("\"Members trade")).toEqual(["ana reyes"]);
    expect(analysed.entities.some((e) => e.name === "Citizens for Budget Reform" && e.kind === "organisation")).toBe(true);
  });

  it("does not continue the last speaker's words with a quotation inside a sentence that tells something else", () => {
    expect(speakersOf("The Senate then passed")).toEqual([]);
  });

  it("reads a calling in '-ist' opening a sentence as the person's title", () => {
    expect(speakersOf("Economist Lena Park")).toEqual(["lena park"]);
    expect(analysed.entities.find((e) => e.id === "lena park")?.roles).toContain("Economist");
  });

  it("reads the bare form of a verb of saying after a plural subject", () => {
    expect(speakersOf("Critics claim")).toEqual(["critics"]);
  });

  it("lets a sentence opening with 'He' name the person it stands for", () => {
    const s = analysed.sentences.find((x) => x.text.startsWith("He died"))!;
    expect(s.entities).toContain("tom bell");
  });

  it("declines 'what did X say about the cost of Y' when X spoke of Y but not of its cost", () => {
    const a = createEngine([report]).ask("What did Ana Reyes say about the cost of the harbour?");
    expect(a.answered).toBe(false);
  });

  it("answers 'what did X say about the cost' as a question about words, not a sum", () => {
    const a = createEngine([report]).ask("What did the economist say about the cost?");
    expect(a.kind).toBe("quote");
    expect(a.citations[0]!.sentence).toMatch(/^Economist Lena Park said/);
  });

  it("gives a verb of saying after 'and' the subject the sentence opens with", () => {
    const a = analyseArticle(article([
      "Ann Roe, head of the harbour board, was at the show and said \"The jet came down very low.\"",
      "Tom Lee dismissed the claims, but said the fees were too high.",
      "The band won Best Album, and claimed Best Song for Blue Night.",
    ], "2024-02-14", "and-said"));
    expect(a.sentences.map((s) => s.statements.map((st) => st.speaker))).toEqual([["ann roe"], ["tom lee"], []]);
  });

  it("leaves 'she said' to no one after the article tells of a woman it does not name", () => {
    const a = analyseArticle(article([
      "Judge Tom Lee sentenced Ann Roe on Monday. The case began after one of her daughters escaped. She said her siblings were kept indoors.",
    ], "2024-02-14", "unnamed-she"));
    expect(a.sentences[2]!.statements).toEqual([]);
  });

  it("gives a quotation after a colon to the person the sentence opens with", () => {
    const a = analyseArticle(article([
      "Tom Lee spoke first. Ann Roe from the tenants' group Fair Homes also welcomed the vote: \"This is a truly historic step for every renter.\"",
    ], "2024-02-14", "colon"));
    expect(a.sentences[1]!.statements.map((st) => st.speaker)).toEqual(["ann roe"]);
  });

  it("steps over an aside between dashes to find who speaks", () => {
    const a = analyseArticle(article([
      "Tom Lee spoke first. Councillor Ann Roe — who is herself a farmer — argued that the bill \"matters to every village in the county.\"",
    ], "2024-02-14", "dashes"));
    expect(a.sentences[1]!.statements.map((st) => st.speaker)).toEqual(["ann roe"]);
  });

  it("gives the person a sentence opens with the quotation a colon hands on, even about a document", () => {
    const a = analyseArticle(article([
      "Tom Lee wrote to the bishop. Bishop Ann Roe is quoted by a local radio station responding to the letter: \"It is wrong to use the poor as an excuse.\"",
    ], "2024-02-14", "quoted-responding"));
    expect(a.sentences[1]!.statements.map((st) => st.speaker)).toEqual(["ann roe"]);
  });

  it("reads 'a periodical called X' as a name, not as words said", () => {
    const a = analyseArticle(article(["Tom Lee, editor of a banned periodical called Harbour Voice, was arrested on Monday."], "2024-02-14", "called"));
    expect(a.sentences[0]!.statements).toEqual([]);
  });

  it("reads 'according to <description>, NAME,' as NAME's words, and a quoted name after 'named' as no one's", () => {
    const a = analyseArticle(article([
      "According to the Afghan team's coach, Ivo Rask, in their first match the team's robot, named \"Bright Idea of Norland,\" scored two points.",
    ], "2024-02-14", "according-described"));
    expect(a.sentences[0]!.statements.map((st) => st.speaker)).toEqual(["ivo rask"]);
  });

  it("reads 'she feels that …' and 'he thinks that …' as views told like speech", () => {
    const a = analyseArticle(article(["Ann Roe leads the dig. She feels that \"it could be the lost temple.\""], "2024-02-14", "feels"));
    expect(a.sentences[1]!.statements.map((st) => st.speaker)).toEqual(["ann roe"]);
  });
});

describe("a pronoun goes to the person the last sentences were about", () => {
  const speakers = (paragraphs: string[]) => analyseArticle(article(paragraphs)).sentences.flatMap((s) => s.statements.map((st) => st.speaker));

  it("not to one named since only as the object of a preposition, even past a title", () => {
    expect(speakers(["Standing beside the mayor, Vera Holt said, “I am glad to be home.” The councillor was welcomed by the governor and his deputy, Ines Marr.", "“I waited for years,” she said."])).toEqual(["vera holt", "vera holt"]);
    expect(speakers(["“Thank you all,” Vera Holt said.", "Again escorted by Tom Lunde, she recounted her journey through the hills."])).toEqual(["vera holt", "vera holt"]);
  });

  it("not to one named since only as whose something is", () => {
    expect(speakers(["“We paid in full,” Tom Lunde said.", "However, a retired captain who lives abroad, Piet Ostrander, is backing Lunde's account.", "He said the ship was sold twice."])).toEqual(["tom lunde", "piet ostrander"]);
  });

  it("reads a single name after a word for a man or a woman as a person", () => {
    const a = analyseArticle(article(["Bo Kell won the race.", "Kell's father Brann said the prize was fair.", "He added that the course was hard."]));
    expect(a.entities.find((e) => e.id === "brann")).toMatchObject({ kind: "person", gender: "male" });
    expect(a.sentences.flatMap((s) => s.statements.map((st) => st.speaker))).toEqual(["brann", "brann"]);
  });

  it("but to the person a sentence opens with a phrase about, when she is named there", () => {
    expect(speakers(["“It is a legend,” Mia Roth said.", "For Karl Ende, a teacher, the painter was also a legend.", "He said, “He changed art for good.”"])).toEqual(["mia roth", "karl ende"]);
  });

  it("to the person who already spoke in the same sentence, not the last one it named as an object", () => {
    expect(speakers(["President Ivo Brandt says his job is to keep Northern Prime Minister Olaf Wendt and Southern President Per Sander focused on the big picture, despite what he says are roadblocks toward a deal.", "“The first step is trust,” he said."])).toEqual(["ivo brandt", "ivo brandt", "ivo brandt"]);
  });
});
