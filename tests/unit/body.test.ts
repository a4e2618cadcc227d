import { describe, expect, it } from "vitest";
import { continues, endsBody, readBody } from "../../src/grammar/body.js";
import { textToLines } from "../../src/front-ends/text.js";

describe("continues (a paragraph or bullet split across a line break)", () => {
  it("joins a line that starts with a lower-case letter to a line without closing punctuation", () => {
    expect(continues("- On the occasion of the 60th founding anniversary of the complex,", "the workers were awarded orders.")).toBe(true);
    expect(continues("The farm produced 1 200", "tonnes of fruit.")).toBe(true);
  });
  it("joins after a word that cannot end an English sentence", () => {
    expect(continues("- Officials laid flowers before the statues of President Kim Il Sung and", "Chairman Kim Jong Il .")).toBe(true);
    expect(continues("A meeting was held in support of the", "Korean People's Army.")).toBe(true);
  });
  it("does not join after closing punctuation", () => {
    for (const previous of ["It ended.", "Is it?", "Its full text is as follows:", "He said “Yes”", "(Photos accompanied)", "《Rodong Sinmun》", "A list;", "The mark -"]) {
      expect(continues(previous, "and more text"), previous).toBe(false);
    }
  });
  it("does not join after a comma when the next line starts with a capital (a salutation)", () => {
    expect(continues("Dear Deputies,", "The First Session of the Assembly is convened.")).toBe(false);
  });
  it("does not join a heading to the next line", () => {
    expect(continues("Rodong Sinmun", "- An article says that the harvest is good.")).toBe(false);
    expect(continues("Minju Joson", "An article says that the harvest is good.")).toBe(false);
    expect(continues("평양에서", "개막되였다.")).toBe(false);
  });
  it("does not join a bare More From to the next line, which would make the pair a related heading", () => {
    expect(continues("More From", "naenara (En)")).toBe(false);
    expect(continues("More from", "the farm came the news.")).toBe(true);
  });
  it("never joins a new bullet to the previous line", () => {
    expect(continues("- Officials visited the statues of Kim Il Sung and", "- Another article says the harvest is good.")).toBe(false);
  });
});

describe("endsBody", () => {
  it("is true for the related heading and the footer only", () => {
    expect(endsBody("More From KCNA.kp (En)")).toBe(true);
    expect(endsBody("More Articles")).toBe(true);
    expect(endsBody("More articles were published.")).toBe(false);
    expect(endsBody("Share Button")).toBe(false);
  });
});

describe("readBody", () => {
  const read = (text: string) => readBody(textToLines(text).lines, 0);

  it("reads paragraphs up to the related heading, dropping furniture", () => {
    const body = read("First paragraph.\n\nShare Button\n\nNK News is hiring\n\nSecond paragraph.\n\nMore From Naenara (En)\n\nItem");
    expect(body.paragraphs).toEqual(["First paragraph.", "Second paragraph."]);
    expect(body.paragraphLines.map((l) => l.line)).toEqual([1, 7]);
    expect(body.next).toBe(4);
    expect(body.endMark).toBe(false);
    expect(body.stamp).toBeNull();
  });
  it("takes the end mark off the last paragraph", () => {
    const body = read("Pyongyang, May 27 (KCNA) -- Text.\n\nLast paragraph. -0-\n\nMore Articles");
    expect(body.paragraphs).toEqual(["Pyongyang, May 27 (KCNA) -- Text.", "Last paragraph."]);
    expect(body.endMark).toBe(true);
  });
  it("drops an end mark standing on its own line", () => {
    const body = read("Only paragraph.\n\n-0-\n\nMore Articles");
    expect(body.paragraphs).toEqual(["Only paragraph."]);
    expect(body.paragraphLines).toHaveLength(1);
    expect(body.endMark).toBe(true);
  });
  it("takes the stamp out of the body", () => {
    const body = read("Text. -0-\n\nwww.kcna.kp (Juche113.5.27.)\n\nMore From KCNA.kp (En)");
    expect(body.paragraphs).toEqual(["Text."]);
    expect(body.stamp).toEqual({ text: "www.kcna.kp (Juche113.5.27.)", site: "www.kcna.kp", date: "2024-05-27" });
    expect(body.stampLine?.line).toBe(3);
  });
  it("reads a bare KCNA line as the stamp only when it is the last body line", () => {
    expect(read("Text.\n\nKCNA\n\nNK News is hiring\n\nMore From Naenara (En)").stamp).toEqual({ text: "KCNA", site: null, date: null });
    const inside = read("Text.\n\nKCNA\n\nMore text.\n\nMore Articles");
    expect(inside.stamp).toBeNull();
    expect(inside.paragraphs).toEqual(["Text.", "KCNA", "More text."]);
  });
  it("rejoins a paragraph split across lines, with one space", () => {
    const body = read("- On the occasion of the anniversary,\n\nthe workers were awarded orders.\n- Next item.");
    expect(body.paragraphs).toEqual(["- On the occasion of the anniversary, the workers were awarded orders.", "- Next item."]);
    expect(body.paragraphLines.map((l) => l.line)).toEqual([1, 4]);
  });
  it("in a cut dump, does not take a last line after the end mark for a paragraph", () => {
    const lines = textToLines("Text. -0-\n\nwww.kcna.kp (Juche11").lines;
    expect(readBody(lines, 0, true)).toMatchObject({ paragraphs: ["Text."], endMark: true, stamp: null });
    // without the cut, the end mark is not the last paragraph's and stays in its text
    expect(readBody(lines, 0, false).paragraphs).toEqual(["Text. -0-", "www.kcna.kp (Juche11"]);
    expect(readBody(textToLines("Text.\n\nMore text, cu").lines, 0, true).paragraphs).toEqual(["Text.", "More text, cu"]);
  });
  it("reads to the end of the input when no heading or footer comes", () => {
    const body = read("One.\nTwo, cut mid-sen");
    expect(body.paragraphs).toEqual(["One.", "Two, cut mid-sen"]);
    expect(body.next).toBe(2);
  });
});
