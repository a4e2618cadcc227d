import type { IssueCode } from "kcnawatch-parser";
import type { Outcome } from "./process-page.js";

/** The counts of a run; `ok + failed + duplicates` is every input that got a record. */
export class Tally {
  ok = 0;
  failed = 0;
  duplicates = 0;
  /** Inputs already in the `--out` file (`--resume`): no record this time. */
  skipped = 0;
  /** Written pages that carry warnings (for `--fail-on warnings`). */
  warnedPages = 0;
  readonly warnings = new Map<IssueCode, number>();
  readonly errors = new Map<IssueCode, number>();
  get recorded(): number {
    return this.ok + this.failed + this.duplicates;
  }

  add(outcome: Outcome, duplicate: boolean): void {
    if (!outcome.ok) {
      this.failed++;
      bump(this.errors, outcome.code);
    } else if (duplicate) {
      this.duplicates++;
    } else {
      this.ok++;
      if (outcome.warnings.length > 0) this.warnedPages++;
      for (const code of outcome.warnings) bump(this.warnings, code);
    }
  }
}

function bump(map: Map<IssueCode, number>, code: IssueCode): void {
  map.set(code, (map.get(code) ?? 0) + 1);
}

/** How a run ended, for the summary's wording. */
export interface RunEnd {
  elapsedMs: number;
  /** Why it stopped early, or null when every input got its record. */
  stoppedBy: string | null;
  out: string | null;
  ordered: boolean;
  /** Records the output has taken, and the input of the last of them. */
  written: { records: number; last: string | null };
  /** Records made but not taken by the output (it failed): they may be missing, or the last cut short. */
  unwritten: number;
}

/** The summary printed on stderr at the end of a run. */
export function formatSummary(t: Tally, end: RunEnd): string {
  const seconds = end.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(t.recorded / seconds) : 0;
  const lines = [
    `kcnawatch-parse: ${plural(t.recorded, "input")} in ${seconds.toFixed(2)} s (${rate} pages/s): ` +
      `${t.ok} ok, ${t.failed} failed, ${plural(t.duplicates, "duplicate")}` +
      (t.skipped > 0 ? `; ${t.skipped} skipped, already in ${end.out}` : ""),
  ];
  if (t.warnings.size > 0) lines.push(`  warnings: ${byCount(t.warnings)}`);
  if (t.errors.size > 0) lines.push(`  errors: ${byCount(t.errors)}`);
  if (end.stoppedBy !== null) {
    const { records, last } = end.written;
    const which = `${end.ordered ? "the first " : ""}${plural(records, "input")}`;
    const done = records === 0 ? "before writing any record" : `after writing records for ${which}${last === null ? "" : ` (last: ${last})`}`;
    const lost = end.unwritten > 0 ? `; ${plural(end.unwritten, "record")} could not be written (the output may end with part of them)` : "";
    const again = end.out === null ? "" : `; run again with --resume to go on`;
    lines.push(`  stopped (${end.stoppedBy}) ${done}${lost}${again}`);
  }
  return `${lines.join("\n")}\n`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function byCount(map: Map<IssueCode, number>): string {
  return [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
}
