import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/analysis/extractDates.ts";

// Published on a Friday.
const on = (s: string) => extractDates(s, "2020-08-21").map((d) => ({ text: d.text, label: d.label, from: d.from, to: d.to, precision: d.precision }));

describe("resolving dates against the publication date", () => {
  it("reads a weekday as the latest one before publication", () => {
    expect(on("Trump on Thursday said")).toEqual([{ text: "on Thursday", label: "Thursday, August 20, 2020", from: "2020-08-20", to: "2020-08-20", precision: "day" }]);
  });

  it("reads a month and day without a year as past, not next year", () => {
    expect(on("passed a resolution on January 5")[0]).toMatchObject({ label: "January 5, 2020", precision: "day" });
  });

  it("keeps early/late as part of a month range", () => {
    expect(on("killed in early January")[0]).toMatchObject({ label: "early January 2020", from: "2020-01-01", to: "2020-01-10" });
  });

  it("gives weeks and months as ranges", () => {
    expect(on("reported last week")[0]).toMatchObject({ from: "2020-08-10", to: "2020-08-16", precision: "week" });
    expect(on("said earlier this month")[0]).toMatchObject({ label: "August 2020", from: "2020-08-01", to: "2020-08-21", precision: "month" });
    expect(on("held talks this June")[0]).toMatchObject({ label: "June 2020", precision: "month" });
  });

  it("reads the future only where the clause speaks of it", () => {
    const [announced, deadline] = extractDates("Miller announced on Tuesday that troops will leave by Jan. 15", "2020-11-18");
    expect(announced).toMatchObject({ from: "2020-11-17" });
    expect(deadline).toMatchObject({ label: "January 15, 2021" });
  });

  it("takes an explicit year as written, with abbreviated months", () => {
    expect(on("by Sept. 11, 2021, all will leave")[0]).toMatchObject({ label: "September 11, 2021" });
  });

  it("reads February 29 without a year as the latest leap day before publication", () => {
    expect(extractDates("signed on Feb. 29", "2023-03-16")[0]).toMatchObject({ label: "February 29, 2020" });
  });

  it("does not read 'may' the verb as the month", () => {
    expect(on("They may go soon.")).toEqual([]);
  });
});
