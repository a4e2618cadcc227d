// parsePage / safeParsePage as the driver: options, input checks and limits in the
// order they apply, strict mode, and the error they throw. The grammar's own
// behaviour is covered by the golden fixtures.
import { describe, expect, it } from "vitest";
import { PageParseError, isPageParseError, parsePage, safeParsePage, type ParseIssue, type ParseOptions } from "../../src/index.js";

const DUMP = "Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles";
const CUT = DUMP.slice(0, DUMP.indexOf("\n\nMore Articles"));

function issues(input: unknown, options?: ParseOptions): Pick<ParseIssue, "code" | "severity" | "line" | "column">[] {
  const r = safeParsePage(input as string, options);
  if (r.success) throw new Error("expected an error");
  return r.error.issues.map(({ code, severity, line, column }) => ({ code, severity, line, column }));
}

function message(input: unknown, options?: ParseOptions): string {
  const r = safeParsePage(input as string, options);
  if (r.success) throw new Error("expected an error");
  return r.error.issues[0].message;
}

describe("options", () => {
  it("applies the defaults when none are given", () => {
    expect(parsePage(DUMP)).toEqual(parsePage(DUMP, {}));
  });

  it("reports every invalid option, each by name, as invalid_option", () => {
    const r = safeParsePage(DUMP, { strict: "yes", url: "ftp://example.org/", maxLineLength: -1 } as unknown as ParseOptions);
    if (r.success) throw new Error("expected an error");
    expect(r.error.issues.map((i) => [i.code, i.excerpt])).toEqual([
      ["invalid_option", "strict"],
      ["invalid_option", "url"],
      ["invalid_option", "maxLineLength"],
    ]);
    expect(r.error.issues[0].message).toMatch(/^Expected a valid value for option "strict": .*boolean/);
    expect(r.error.partial).toBeUndefined();
  });

  it("uses options.url for article.url", () => {
    expect(parsePage(DUMP, { url: "https://kcnawatch.org/newstream/1716800000-123/review/" }).article.url).toBe(
      "https://kcnawatch.org/newstream/1716800000-123/review/",
    );
  });
});

describe("input checks", () => {
  it.each([
    ["null", null, "found null"],
    ["a number", 42, "found number"],
    ["an array of bytes", [72, 105], "found object"],
  ])("rejects %s as input, naming what it found", (_what, input, found) => {
    expect(issues(input)).toEqual([{ code: "invalid_option", severity: "error", line: 1, column: 1 }]);
    expect(message(input)).toBe(`Expected a string or Uint8Array input, ${found}.`);
  });

  it("reports an empty string and empty bytes as empty_input", () => {
    expect(issues("")[0]!.code).toBe("empty_input");
    expect(issues(new Uint8Array(0))[0]!.code).toBe("empty_input");
  });

  it("reports white space only as blank_input", () => {
    expect(issues(" \n\t\r\n\u00a0 \n")).toEqual([{ code: "blank_input", severity: "error", line: 1, column: 1 }]);
  });

  it("passes decoding errors through with their position", () => {
    expect(issues(new Uint8Array([0x41, 0x0a, 0x42, 0xff, 0x43]))).toEqual([{ code: "invalid_utf8", severity: "error", line: 2, column: 2 }]);
    expect(issues("A\u0000B")[0]!.code).toBe("binary_input");
  });

  it("keeps the decoder's cut-character warning on the page", () => {
    const page = parsePage(new Uint8Array([...new TextEncoder().encode(CUT), 0xe2, 0x80]));
    expect(page.warnings.map((w) => w.code)).toContain("truncated_input");
    expect(page.warnings.find((w) => w.byteOffset !== undefined)).toMatchObject({ code: "truncated_input", line: 5 });
  });
});

describe("maxInputBytes", () => {
  const bytes = new TextEncoder().encode(DUMP).length;

  it("accepts an input of exactly the limit and rejects one byte more, as string or bytes", () => {
    expect(safeParsePage(DUMP, { maxInputBytes: bytes }).success).toBe(true);
    expect(safeParsePage(new TextEncoder().encode(DUMP), { maxInputBytes: bytes }).success).toBe(true);
    expect(message(new TextEncoder().encode(DUMP), { maxInputBytes: bytes - 1 })).toBe(`Expected at most ${bytes - 1} bytes (maxInputBytes), found more.`);
    expect(message(DUMP, { maxInputBytes: bytes - 1 })).toBe(`Expected at most ${bytes - 1} bytes (maxInputBytes), found more.`);
    expect(issues(DUMP, { maxInputBytes: bytes - 1 })).toEqual([{ code: "input_too_large", severity: "error", line: 1, column: 1 }]);
  });

  it("rejects any input under a limit of 0", () => {
    expect(issues("a", { maxInputBytes: 0 })[0]!.code).toBe("input_too_large");
  });

  // Strings are measured in UTF-8 bytes, not UTF-16 units: é is 2 bytes, 한 3, 😀 (a surrogate pair) 4.
  it.each([
    ["é", 2],
    ["한", 3],
    ["😀", 4],
  ])("counts %s as %i bytes", (char, size) => {
    const text = `${DUMP}${char.repeat(10)}`;
    const total = bytes + 10 * size;
    expect(safeParsePage(text, { maxInputBytes: total }).success).toBe(true);
    expect(message(text, { maxInputBytes: total - 1 })).toMatch(/^Expected at most \d+ bytes \(maxInputBytes\), found more\.$/);
  });

  it("rejects a string longer in UTF-16 units than the limit without measuring it", () => {
    expect(message("x".repeat(101), { maxInputBytes: 100 })).toBe("Expected at most 100 bytes (maxInputBytes), found more.");
  });
});

describe("maxLineLength", () => {
  it("measures trimmed lines and reports the first one over the limit where it starts", () => {
    const longest = "Date: 27/05/2024 | Source: KCNA.kp (En)".length;
    const indented = DUMP.replace("\n\nDate:", "\n\n   Date:");
    expect(safeParsePage(indented, { maxLineLength: longest }).success).toBe(true);
    expect(issues(indented, { maxLineLength: longest - 1 })).toEqual([{ code: "line_too_long", severity: "error", line: 3, column: 4 }]);
    expect(message(DUMP, { maxLineLength: longest - 1 })).toBe(`Expected lines of at most ${longest - 1} characters (maxLineLength), found ${longest}.`);
  });
});

describe("structure errors", () => {
  it("throws PageParseError with what could be recovered", () => {
    let caught: unknown;
    try {
      parsePage("Pyongyang, March 26 (KCNA) -- A dump that starts in the body.");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PageParseError);
    expect(isPageParseError(caught)).toBe(true);
    const error = caught as PageParseError;
    expect(error.issues[0]).toMatchObject({ code: "missing_title", line: 1, column: 1 });
    expect(error.partial?.article.paragraphs).toEqual(["Pyongyang, March 26 (KCNA) -- A dump that starts in the body."]);
  });
});

describe("strict", () => {
  it("turns every warning into an error and keeps the page as partial", () => {
    const lenient = parsePage(CUT);
    expect(lenient.warnings.length).toBeGreaterThan(0);
    const r = safeParsePage(CUT, { strict: true });
    if (r.success) throw new Error("expected an error");
    expect(r.error.issues).toEqual(lenient.warnings.map((w) => ({ ...w, severity: "error" })));
    expect(r.error.partial).toEqual(lenient);
  });

  it("changes nothing for a page without warnings", () => {
    expect(parsePage(DUMP, { strict: true })).toEqual(parsePage(DUMP));
  });
});

describe("validate", () => {
  it("gives the same page with the final check turned off", () => {
    expect(parsePage(DUMP, { validate: false })).toEqual(parsePage(DUMP));
  });
});

describe("safeParsePage", () => {
  it("never throws, whatever it is given", () => {
    for (const input of [undefined, {}, Symbol("x"), () => 1, new ArrayBuffer(2), new Uint16Array([1])]) {
      expect(() => safeParsePage(input as unknown as string)).not.toThrow();
      expect(safeParsePage(input as unknown as string).success).toBe(false);
    }
    expect(safeParsePage(DUMP, null as unknown as ParseOptions).success).toBe(false);
  });

  it("does not change a byte input", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(DUMP)]);
    const copy = bytes.slice();
    expect(parsePage(bytes)).toEqual(parsePage(DUMP));
    expect(bytes).toEqual(copy);
  });
});
