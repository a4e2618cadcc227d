// The worker pool: a page that hangs or kills its thread becomes an error record and
// the rest of the batch goes on; threads that cannot start stop the run.
import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/pool.js";
import type { Job, Outcome, PageConfig } from "../../src/cli/process-page.js";

const config: PageConfig = { strict: false, timeoutMs: 300, maxInputBytes: 1000, field: "html", urlField: "url", style: { format: "jsonl", pretty: false } };
const fake = new URL("../helpers/fake-worker.mjs", import.meta.url);
const job = (seq: number, text: string): Job => ({ seq, input: `page-${seq}`, source: { kind: "text", text, url: null } });

describe("WorkerPool", () => {
  it("gives every job exactly one outcome when pages hang, exit or throw", async () => {
    const outcomes: Outcome[] = [];
    const pool = new WorkerPool({ size: 2, workerUrl: fake, config, batchSize: 4, onOutcomes: (o) => outcomes.push(...o), onFatal: (m) => expect.fail(m) });
    const texts = Array.from({ length: 24 }, (_, i) => (i === 3 ? "hang" : i === 9 ? "exit" : i === 14 ? "throw" : `page ${i}`));
    texts.forEach((text, seq) => pool.submit(job(seq, text)));
    await pool.whenIdle();
    await pool.close();
    const bySeq = new Map(outcomes.map((o) => [o.seq, o]));
    expect(outcomes).toHaveLength(texts.length);
    expect([...bySeq.keys()].sort((a, b) => a - b)).toEqual(texts.map((_, i) => i));
    for (const [seq, text] of texts.entries()) {
      const o = bySeq.get(seq)!;
      if (text === "hang") {
        expect(o).toMatchObject({ ok: false, code: "page_timeout" });
        expect(JSON.parse(o.text)).toEqual({
          input: "page-3",
          ok: false,
          error: { code: "page_timeout", message: "Expected the page to parse within 0.3 s (--page-timeout), found it still running.", line: 1, column: 1 },
        });
      } else if (text === "exit") {
        expect(JSON.parse(o.text).error).toMatchObject({ code: "worker_crashed", message: "Expected the page to parse, found its worker thread stopped (exit code 3)." });
      } else if (text === "throw") {
        expect(JSON.parse(o.text).error).toMatchObject({ code: "worker_crashed", message: "Expected the page to parse, found its worker thread stopped (boom)." });
      } else {
        expect(o).toMatchObject({ ok: true, text: `parsed ${text}` });
      }
    }
  });

  it("reports a fatal problem when threads die before parsing anything", async () => {
    const broken = new URL("../helpers/broken-worker.mjs", import.meta.url);
    let onFatal: (message: string) => void = () => {};
    const fatal = new Promise<string>((resolve) => (onFatal = resolve));
    const pool = new WorkerPool({ size: 1, workerUrl: broken, config, batchSize: 4, onOutcomes: () => expect.fail("no outcome expected"), onFatal });
    pool.submit(job(0, "page"));
    expect(await fatal).toBe("worker threads keep stopping before parsing any page (cannot start)");
    await pool.whenIdle(); // a closed pool is idle: nothing more will come
  });
});
