/** A source label split into its name and edition. */
export interface SourceLabel {
  /** The source name, e.g. `KCNA.kp`; null when only the edition is printed. */
  name: string | null;
  /** The edition in parentheses as printed, e.g. `En`; null when there is none. */
  edition: string | null;
}

/**
 * Splits a source label as printed after `Source:` into its name and edition:
 * `KCNA.kp (En)` is name `KCNA.kp`, edition `En`; `(En)` alone has no name;
 * `Pyongyang Times` has no edition.
 *
 * @param label - the label as printed
 * @returns the name and edition (each null when absent)
 * @example
 * ```ts
 * import { parseSourceLabel } from "kcnawatch-parser";
 * parseSourceLabel("Voice of Korea (EN)"); // { name: "Voice of Korea", edition: "EN" }
 * parseSourceLabel("(En)"); // { name: null, edition: "En" }
 * ```
 */
export function parseSourceLabel(label: string): SourceLabel {
  const text = label.trim();
  const open = text.lastIndexOf("(");
  if (open === -1 || !text.endsWith(")") || (open > 0 && text.charCodeAt(open - 1) !== 32)) {
    return { name: text.length > 0 ? text : null, edition: null };
  }
  const name = text.slice(0, open).trim();
  const edition = text.slice(open + 1, -1).trim();
  return { name: name.length > 0 ? name : null, edition: edition.length > 0 ? edition : null };
}
