// Types of corpus.mjs (plain JavaScript, so that the benchmark runs it without a build).
export interface ExpectedCounts {
  inputs: number;
  ok: number;
  failed: number;
  duplicates: number;
  errors: Record<string, number>;
  warnings: Record<string, number>;
}
export interface GeneratedPage {
  kind: "complete" | "cut" | "recapture" | "empty" | "blank" | "binary" | "invalid-utf8" | "headless" | "no-title";
  content: string | Uint8Array;
}
export declare const CORRUPT_KINDS: readonly { kind: string; code: string }[];
export declare function generatePages(count: number, seed?: number): { pages: GeneratedPage[]; expected: ExpectedCounts };
export declare function writeCorpus(dir: string, count: number, seed?: number): { files: string[]; kinds: GeneratedPage["kind"][]; expected: ExpectedCounts };
export declare function writeJsonlCorpus(file: string, count: number, seed?: number): { expected: ExpectedCounts };
