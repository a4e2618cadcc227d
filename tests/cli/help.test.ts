// The documented usage text is the real one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, requireBuild, runCli } from "../helpers/run-cli.js";

/** The README, whose Command line section quotes `--help`. */
const DOC = join(ROOT, "README.md");

beforeAll(requireBuild);

describe("kcnawatch-parse --help and --version", () => {
  it("prints the usage text that the documentation quotes exactly", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: kcnawatch-parse \[options\] <input\.\.\.>\n/);
    const doc = readFileSync(DOC, "utf8");
    expect(doc).toContain(`\`\`\`text\n${run.stdout}\`\`\`\n`);
    expect((await runCli(["-h"])).stdout).toBe(run.stdout);
  });

  it("keeps every line of the usage text within 80 columns", async () => {
    const run = await runCli(["--help"]);
    expect(run.stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const run = await runCli(["--version"]);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});
