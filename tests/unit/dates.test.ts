import { describe, expect, it } from "vitest";
import { parseCaptureLine, parseDayFirstDate, parseLongDate } from "../../src/index.js";
import { isCalendarDate, isoDate, monthNumber } from "../../src/fields/calendar.js";

describe("parseDayFirstDate", () => {
  it("reads the day first", () => {
    expect(parseDayFirstDate("27/05/2024")).toBe("2024-05-27");
    expect(parseDayFirstDate("01/08/2024")).toBe("2024-08-01");
    expect(parseDayFirstDate("11/10/2021")).toBe("2021-10-11");
  });
  it("accepts one-digit day and month and surrounding white space", () => {
    expect(parseDayFirstDate("4/3/2025")).toBe("2025-03-04");
    expect(parseDayFirstDate("  04/03/2025 ")).toBe("2025-03-04");
  });
  it("knows leap years", () => {
    expect(parseDayFirstDate("29/02/2024")).toBe("2024-02-29");
    expect(parseDayFirstDate("29/02/2000")).toBe("2000-02-29");
    expect(parseDayFirstDate("29/02/2023")).toBeNull();
    expect(parseDayFirstDate("29/02/1900")).toBeNull();
  });
  it("rejects days that do not exist", () => {
    for (const text of ["31/02/2024", "31/04/2024", "00/01/2024", "01/00/2024", "01/13/2024", "32/01/2024"]) {
      expect(parseDayFirstDate(text), text).toBeNull();
    }
  });
  it("rejects other forms", () => {
    for (const text of ["", "2024-05-27", "05/27/24", "27/05/24", "27-05-2024", "27/05/2024/1", "2a/05/2024", "+7/05/2024", "27/05/ 2024", "１２/05/2024", "123/05/2024"]) {
      expect(parseDayFirstDate(text), text).toBeNull();
    }
  });
  it("rejects years outside 1000-9999", () => {
    expect(parseDayFirstDate("01/01/0999")).toBeNull();
    expect(parseDayFirstDate("01/01/0000")).toBeNull();
  });
});

describe("parseLongDate", () => {
  it("reads full and abbreviated month names", () => {
    expect(parseLongDate("January 18, 2026")).toBe("2026-01-18");
    expect(parseLongDate("January 02, 2026")).toBe("2026-01-02");
    expect(parseLongDate("Jan 8, 2026")).toBe("2026-01-08");
    expect(parseLongDate("Sept 5, 2024")).toBe("2024-09-05");
    expect(parseLongDate("Sep 5, 2024")).toBe("2024-09-05");
    expect(parseLongDate(" December 31, 2025 ")).toBe("2025-12-31");
  });
  it("rejects impossible dates and other forms", () => {
    for (const text of ["January 32, 2026", "February 29, 2025", "April 31, 2024", "January 0, 2026", "Janury 8, 2026", "january 8, 2026",
      "January 8 2026", "8 January, 2026", "January 8, 26", "January 8, 2026.", "January, 2026", "", "January 123, 2026"]) {
      expect(parseLongDate(text), text).toBeNull();
    }
  });
});

describe("parseCaptureLine", () => {
  it("reads the long form run together with the short form", () => {
    expect(parseCaptureLine("January 20, 2026Jan 20, 2026")).toEqual({ date: "2026-01-20", shortDate: "2026-01-20" });
    expect(parseCaptureLine("March 05, 2025Mar 05, 2025")).toEqual({ date: "2025-03-05", shortDate: "2025-03-05" });
  });
  it("reads the long form alone", () => {
    expect(parseCaptureLine("March 28, 2024")).toEqual({ date: "2024-03-28", shortDate: null });
  });
  it("reports both dates when they disagree", () => {
    expect(parseCaptureLine("June 21, 2023Jun 22, 2023")).toEqual({ date: "2023-06-21", shortDate: "2023-06-22" });
  });
  it("is null for anything else", () => {
    for (const text of ["", "Press Review", "March 28, 2024Mar", "March 28, 2024 extra", "Date: 27/05/2024", "March 32, 2024",
      "Pyongyang, March 26 (KCNA) -- Text"]) {
      expect(parseCaptureLine(text), text).toBeNull();
    }
  });
});

describe("calendar", () => {
  it("numbers months by full name, three-letter abbreviation and Sept", () => {
    expect(monthNumber("January")).toBe(1);
    expect(monthNumber("Dec")).toBe(12);
    expect(monthNumber("Sept")).toBe(9);
    expect(monthNumber("Janu")).toBe(0);
    expect(monthNumber("")).toBe(0);
  });
  it("checks calendar dates", () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2024, 2, 30)).toBe(false);
    expect(isCalendarDate(2024, 1.5, 1)).toBe(false);
    expect(isCalendarDate(Number.NaN, 1, 1)).toBe(false);
    expect(isoDate(2024, 5, 7)).toBe("2024-05-07");
    expect(isoDate(2024, 6, 31)).toBeNull();
  });
});
