// Part of `npm run build`: writes the JSON Schema of ParsedPage, generated from the
// zod schema by the freshly built library, to dist/ so the package can ship it as
// `kcnawatch-parser/schema.json` for programs in other languages.
import { writeFileSync } from "node:fs";
import { parsedPageJsonSchema } from "../dist/index.js";

const target = new URL("../dist/parsed-page.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(parsedPageJsonSchema(), null, 2)}\n`);
