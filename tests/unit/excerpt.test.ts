import { describe, expect, it } from "vitest";
import { EXCERPT_CUT_LENGTH, isExcerptTruncated } from "../../src/index.js";

describe("isExcerptTruncated", () => {
  it("takes a short excerpt ending a sentence as whole", () => {
    expect(isExcerptTruncated("The Puhung Station of the Pyongyang Metro reopened on Sunday after renovation.")).toBe(false);
    expect(isExcerptTruncated("Is it whole?")).toBe(false);
    expect(isExcerptTruncated("Hurrah!")).toBe(false);
    expect(isExcerptTruncated("And so on…")).toBe(false);
    expect(isExcerptTruncated("동해안의 바다가양식장들에서 미역과 다시마 수확이 시작되였다.")).toBe(false);
  });
  it("looks through closing quotes and brackets", () => {
    expect(isExcerptTruncated("He said: “We are proud.”")).toBe(false);
    expect(isExcerptTruncated("(Photos accompanied.)")).toBe(false);
    expect(isExcerptTruncated("The title was 《Spring.》")).toBe(false);
  });
  it("takes an excerpt without final punctuation as cut", () => {
    expect(isExcerptTruncated("Farmers on the western coastal plains began sowing")).toBe(true);
    expect(isExcerptTruncated("Its full text is as follows:")).toBe(true);
    expect(isExcerptTruncated("The farm, the mill,")).toBe(true);
    expect(isExcerptTruncated("”")).toBe(true);
    expect(isExcerptTruncated("")).toBe(true);
  });
  it("takes an excerpt near the cut length as cut even when it ends a sentence", () => {
    const sentence = `${"word ".repeat(19)}end.`; // 99 characters
    expect(sentence.length).toBe(99);
    expect(isExcerptTruncated(sentence)).toBe(false);
    expect(isExcerptTruncated(`x${sentence}`)).toBe(true);
    expect(EXCERPT_CUT_LENGTH).toBe(130);
  });
});
