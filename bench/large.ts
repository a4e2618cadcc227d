// Scaling and adversarial inputs: each timed in a child process of its own (child.ts),
// so that its peak memory is its own, and reported as a ratio to a benign input of
// the same size (time per byte against time per byte).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Job, JobResult, Recipe } from "./child.js";

/** One large input and what it measured. */
export interface LargeResult {
  label: string;
  format: "text" | "markdown" | "html";
  result: JobResult;
}

/** An adversarial input against the benign one it is compared with. */
export interface AdversarialRow {
  label: string;
  input: LargeResult;
  benign: LargeResult;
  /** Time per byte of the input over time per byte of the benign input. */
  ratio: number;
}

/** The units concatenated into large inputs: corpus pages, one after another, up to 1 MB. */
export function unitOf(pages: readonly string[], bytes = 1_000_000): string {
  let out = "";
  for (let i = 0; Buffer.byteLength(out) < bytes; i = (i + 1) % pages.length) out += pages[i];
  return out;
}

/** Runs the jobs; `quick` shortens each one's time budget. */
export class LargeInputs {
  private readonly dir = mkdtempSync(join(tmpdir(), "kcnawatch-bench-"));
  private readonly textUnit = join(this.dir, "unit.txt");
  private readonly htmlUnit = join(this.dir, "unit.html");

  constructor(
    private readonly root: string,
    private readonly lib: string,
    textUnit: string,
    htmlUnit: string,
    private readonly quick: boolean,
  ) {
    writeFileSync(this.textUnit, textUnit);
    writeFileSync(this.htmlUnit, htmlUnit);
  }

  run(label: string, recipe: Recipe, format: LargeResult["format"] = "text", validate = true, benign?: Recipe): LargeResult {
    const big = recipe.kind === "units" && recipe.times >= 100;
    const shape = recipe.kind === "link-shape"; // a few MB each, timed five times for a steadier median
    const job: Job = {
      root: this.root,
      lib: this.lib,
      textUnit: this.textUnit,
      htmlUnit: this.htmlUnit,
      recipe,
      ...(benign === undefined ? {} : { benign }),
      format,
      validate,
      minRuns: big ? 3 : shape ? 5 : this.quick ? 3 : 7,
      maxRuns: big ? 3 : shape ? 5 : 60,
      budgetMs: this.quick ? 500 : 2500,
    };
    const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", join(this.root, "bench/child.ts"), JSON.stringify(job)], {
      cwd: this.root,
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    process.stderr.write(`  ${label}: ${out.trim()}\n`);
    return { label, format, result: JSON.parse(out) as JobResult };
  }

  /** Removes the unit files. */
  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Time per byte of `input` over time per byte of `benign`: paired when timed in turn in one process. */
export function perByteRatio(input: LargeResult, benign: LargeResult): number {
  if (input.result.paired !== undefined) return input.result.paired.ratio.median;
  return input.result.time.median / input.result.bytes / (benign.result.time.median / benign.result.bytes);
}
