import { describe, expect, it } from "vitest";
import { isCopyrightLine, isFurniture, isHeaderNotice } from "../../src/fields/furniture.js";
import { parseCreditLine } from "../../src/fields/stamp.js";
import { bridgesName, continues, isNameLine, readBody } from "../../src/grammar/body.js";
import { textToLines } from "../../src/front-ends/text.js";
import { safeParsePage } from "../../src/index.js";

describe("isFurniture", () => {
  it("is true for the known furniture lines and for short lines naming the hosting site", () => {
    for (const text of ["Share Button", "NK News is hiring", "NK Pro members get alerts on new reports", "Read the KCNA Watch guide to sources", "Join the NK News team: apply now"]) {
      expect(isFurniture(text), text).toBe(true);
    }
  });
  it("is false for article text, and for long lines whatever they name", () => {
    for (const text of ["Farmers began picking apples.", "NKNews", "https://kcnawatch.org/original/1.kcmsf", `${"A long sentence of a report that goes on. ".repeat(5)}NK News`]) {
      expect(isFurniture(text), text).toBe(false);
    }
  });
});

describe("isHeaderNotice", () => {
  it("is true for a short notice worded as one", () => {
    for (const text of ["We're hiring a Korean-speaking research analyst: apply today", "Subscribe for daily alerts", "Sign up for our newsletter", "Careers at the Korea desk"]) {
      expect(isHeaderNotice(text), text).toBe(true);
    }
  });
  it("is false for a sentence, long text, or text without a notice word", () => {
    for (const text of ["A new passenger ferry began service between Nampho and Songrim on Sunday.", "The newspapers subscribe to the idea.", "Pyongyang, May 27 (KCNA) -- Following are major news items", `Subscribe ${"x".repeat(130)}`]) {
      expect(isHeaderNotice(text), text).toBe(false);
    }
  });
});

describe("isCopyrightLine", () => {
  it("is true for a line with the copyright sign, or starting with Copyright or (c) and holding a year", () => {
    for (const text of ["Copyright © 2003 - 2025 《Uriminzokkiri》", "© Uriminzokkiri", "Copyright 2003-2024 Uriminzokkiri. All rights reserved", "(c) 2024 Naenara"]) {
      expect(isCopyrightLine(text), text).toBe(true);
    }
  });
  it("is false for text that only speaks of copyright", () => {
    for (const text of ["Copyright law was discussed at the session.", "The (c) clause", `© ${"x".repeat(200)}`]) {
      expect(isCopyrightLine(text), text).toBe(false);
    }
  });
});

describe("parseCreditLine", () => {
  const credit = (text: string) => ({ text, site: null, date: null });
  it("reads a bare media name, with or without an edition", () => {
    expect(parseCreditLine("Rodong Sinmun", [])).toEqual(credit("Rodong Sinmun"));
    expect(parseCreditLine("Minju Joson", [])).toEqual(credit("Minju Joson"));
    expect(parseCreditLine("Rodong Sinmun (En)", [])).toEqual(credit("Rodong Sinmun (En)"));
  });
  it("reads the page's own source name", () => {
    expect(parseCreditLine("Ministry of Foreign Affairs", ["Ministry of Foreign Affairs (EN)"])).toEqual(credit("Ministry of Foreign Affairs"));
    expect(parseCreditLine("Ministry of Foreign Affairs", [])).toBeNull();
    expect(parseCreditLine("(En)", ["(En)"])).toBeNull();
    expect(parseCreditLine("Rodong Sinmun (Photos accompanied)", [])).toBeNull();
  });
  it("reads a bracketed editorial credit", () => {
    expect(parseCreditLine("《Uriminzokkiri Editorial Bureau》", [])).toEqual(credit("《Uriminzokkiri Editorial Bureau》"));
    expect(parseCreditLine("[Editorial Bureau of Naenara]", [])).toEqual(credit("[Editorial Bureau of Naenara]"));
  });
  it("is null for a bracketed sentence, a long bracketed line, text, or a person's name", () => {
    for (const text of ["《Long live the Workers' Party of Korea!》", "《Let us all turn out in the general march of the whole people for a great leap forward》", "《A》 and 《B》", "The farm did well.", "Kim Jong Un", "《》", ""]) {
      expect(parseCreditLine(text, ["KCNA.kp (En)"]), text).toBeNull();
    }
  });
});

describe("continues, for lines that open with closing punctuation", () => {
  it("joins a line starting with punctuation no paragraph opens with", () => {
    for (const next of [", general secretary of the WPK, sent a message.", ". He left.", "'s speech was published.", "’s speech was published.", ") was held.", "; the rest followed."]) {
      expect(continues("Kim Jong Un", next), next).toBe(true);
    }
  });
  it("does not join after closing punctuation", () => {
    expect(continues("It ended.", ", and then")).toBe(false);
  });
});

describe("isNameLine", () => {
  it("is true for names and titled names", () => {
    for (const text of ["Kim Jong Un", "Kim Il Sung", "Fidel Castro Ruz", "Comrade Kim Jong Un", "President Kim Il Sung", "Xi Jinping", "Jong-un", "O'Neil"]) {
      expect(isNameLine(text), text).toBe(true);
    }
  });
  it("is false for sentences, lower-case words, digits and long lines", () => {
    for (const text of ["sent a message", "The Palace of the Sun", "Kim Jong Un.", "Team 25", "A B C D E F", "Rodong Sinmun,", ""]) {
      expect(isNameLine(text), text).toBe(false);
    }
  });
});

describe("bridgesName", () => {
  it("joins a name alone on a line inside a sentence", () => {
    expect(bridgesName("The respected", "Kim Jong Un", "sent a message of greeting.")).toBe(true);
    expect(bridgesName("the comradeship between", "Kim Il Sung", "and Fidel Castro Ruz")).toBe(true);
    expect(bridgesName("in the presence of the respected General Secretary", "Kim Jong Un", ".")).toBe(true);
  });
  it("does not join after a finished sentence or a comma, a name starting a new sentence, or a heading", () => {
    expect(bridgesName("The talks ended.", "Kim Jong Un", "sent a message.")).toBe(false);
    expect(bridgesName("Dear Comrade,", "Kim Jong Un", "sent a message.")).toBe(false);
    expect(bridgesName("The respected", "Kim Jong Un", "Sent a message.")).toBe(false);
    expect(bridgesName("The respected", "Kim Jong Un", undefined)).toBe(false);
    // a name that ends its sentence on its own line is left as it is: joined, the pair could read as a longer name
    expect(bridgesName("Rodong Sinmun", "The U.S.", "inspected the site.")).toBe(false);
    // joined, a bare `More From` and a name would read as the related heading
    expect(bridgesName("More From", "Naenara", "sent a message.")).toBe(false);
    expect(bridgesName("Achievements were made in the sectors of the economy.", "Minju Joson", "- An article says the harvest is good.")).toBe(false);
  });
});

describe("readBody: the lines that close a body", () => {
  const read = (text: string, cut = false, sources: string[] = []) => readBody(textToLines(text).lines, 0, cut, sources);

  it("reads a bare source name after the last paragraph as the stamp when the body is closed", () => {
    const body = read("Text of the report.\nRodong Sinmun\nMore From Rodong Sinmun (En)");
    expect(body.paragraphs).toEqual(["Text of the report."]);
    expect(body.stamp).toEqual({ text: "Rodong Sinmun", site: null, date: null });
    expect(body.stampLine?.line).toBe(2);
  });
  it("reads the related heading's source as a credit", () => {
    expect(read("Text of the report.\nMinistry of Foreign Affairs\nMore From Ministry of Foreign Affairs (EN)").stamp?.text).toBe("Ministry of Foreign Affairs");
  });
  it("keeps a source name as text where the body is not known to be over, or after an unfinished sentence", () => {
    expect(read("Text of the report.\nMinju Joson", true).paragraphs).toEqual(["Text of the report.", "Minju Joson"]);
    expect(read("Cooperation between\nand\nMinju Joson").paragraphs).toEqual(["Cooperation between and Minju Joson"]);
    expect(read("Minju Joson\n- An article says the harvest is good.\nMore Articles").paragraphs).toEqual(["Minju Joson", "- An article says the harvest is good."]);
  });
  it("reads a credit split over lines as a credit once joined", () => {
    const body = read("Text of the report.\nVoice of\nKorea\nMore Articles");
    expect(body.paragraphs).toEqual(["Text of the report."]);
    expect(body.stamp).toEqual({ text: "Voice of Korea", site: null, date: null });
    expect(body.stampLine?.line).toBe(2);
  });
  it("drops copyright lines at the end and takes the credit before them, even in a cut dump", () => {
    const body = read("Text of the report.\n《Uriminzokkiri Editorial Bureau》\nCopyright © 2003 - 2025 《Uriminzokkiri》", true);
    expect(body.paragraphs).toEqual(["Text of the report."]);
    expect(body.stamp?.text).toBe("《Uriminzokkiri Editorial Bureau》");
  });
  it("takes a dated stamp before a credit, and reports a second credit", () => {
    const body = read("Text of the report. -0-\nRodong Sinmun\nwww.kcna.kp (2025.04.23.)\nMore Articles");
    expect(body.paragraphs).toEqual(["Text of the report."]);
    expect(body.stamp?.text).toBe("www.kcna.kp (2025.04.23.)");
    expect(body.extraCredits.map((l) => l.text)).toEqual(["Rodong Sinmun"]);
  });
  it("drops a copyright line wherever it stands, and keeps text that only mentions copyright", () => {
    const long = `Copyright © ${"and the rights of authors were discussed at length by the session ".repeat(4)}`.trim();
    expect(read(`Copyright © 2003 - 2025 Uriminzokkiri\nCopyright law was discussed.\n${long}\n《Editorial Bureau》\nwww.uriminzokkiri.com\nMore Articles`).paragraphs).toEqual([
      "Copyright law was discussed.", long, "《Editorial Bureau》", "www.uriminzokkiri.com",
    ]);
  });
  it("drops a notice split over lines, and a notice right after it", () => {
    expect(read("We are\nhiring now\nSubscribe for alerts\nThe first paragraph.\nMore Articles").paragraphs).toEqual(["The first paragraph."]);
  });
  it("drops a notice of the site before the first paragraph only", () => {
    expect(read("Subscribe for daily alerts\nThe first paragraph.\nSubscribe for daily alerts\nMore Articles").paragraphs).toEqual(["The first paragraph.", "Subscribe for daily alerts"]);
  });

  it("rejoins a name line in a single-newline body", () => {
    expect(read("The respected\nKim Jong Un\nsent a message.\nThe comradeship between\nKim Il Sung\nand Fidel Castro Ruz\nis strong.\nMore Articles").paragraphs).toEqual([
      "The respected Kim Jong Un sent a message.",
      "The comradeship between Kim Il Sung and Fidel Castro Ruz is strong.",
    ]);
  });
});

describe("pages that are not articles", () => {
  it("rejects a site page with no Date: line and no source, naming the title's line", () => {
    const result = safeParsePage("November 28, 2026\n\nAbout the KCNA databases\n\nThe databases hold reports since 1997.\n\nEach report is kept as published.");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([["not_an_article", "error", 3, 1]]);
    expect(result.error.partial?.article?.title).toBe("About the KCNA databases");
  });
  it("accepts a page without a Date: line that names its source or opens with a dateline", () => {
    for (const text of [
      "November 02, 2024\n\nTitle\n\nText of the report.\n\nMore From Naenara (En)\n\nMore Articles",
      "November 02, 2024\n\nTitle\n\nPyongyang, November 1 (KCNA) -- Text of the report.",
      "November 02, 2024\n\nTitle\n\nText of the report. -0-",
      "November 02, 2024\n\nTitle\n\nText of the report.\n\nwww.kcna.kp (2024.11.01.)",
    ]) {
      expect(safeParsePage(text).success, text).toBe(true);
    }
  });
});

describe("runs of white space", () => {
  it("are one space in every line the grammar reads, so a spaced heading is still the heading", () => {
    const result = safeParsePage("November 02, 2024\n\nThe  season\topens\n\nThe season  opened\tat   the resorts.\n\nMore\u00a0 From Naenara (En)\n\nMore Articles");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.article.title).toBe("The season opens");
    expect(result.data.article.paragraphs).toEqual(["The season opened at the resorts."]);
    expect(result.data.relatedSource).toBe("Naenara (En)");
  });
  it("keep a lone no-break space", () => {
    const result = safeParsePage("November 02, 2024\n\nTitle\n\n10\u00a0000 flats were built.\n\nMore From Naenara (En)\n\nMore Articles");
    expect(result.success && result.data.article.paragraphs).toEqual(["10\u00a0000 flats were built."]);
  });
});
