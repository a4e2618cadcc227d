// `npm start`: parses the bundled complete sample and prints its ParsedPage as JSON.
import { readFileSync } from "node:fs";
import { parsePage } from "../dist/index.js";

const sample = new URL("../tests/fixtures/complete-sample/input.txt", import.meta.url);
console.log(JSON.stringify(parsePage(readFileSync(sample, "utf8")), null, 2));
