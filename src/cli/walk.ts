import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** A file found under a folder argument, or a folder that could not be read. */
export type Found =
  | { path: string; rel: string; error?: undefined }
  | { path: string; rel: string; error: Error };

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The lower-cased extension of a file name, without the dot; "" when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * Walks a folder depth first, yielding the files whose extension is in `exts`,
 * each folder's entries in code-point order so that every run and machine sees the
 * same order. Only one folder listing is held at a time, so memory follows the
 * largest folder, not the corpus. Symbolic links to files are read; links to folders
 * are not followed (they could loop). A folder that cannot be listed is yielded with
 * its error, so that it still gets a record.
 */
export async function* walkFolder(root: string, exts: ReadonlySet<string>, rel = ""): AsyncGenerator<Found> {
  const dir = rel === "" ? root : join(root, rel);
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  } catch (e) {
    yield { path: dir, rel, error: e as Error };
    return;
  }
  for (const entry of entries) {
    const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      yield* walkFolder(root, exts, childRel);
      continue;
    }
    if (!exts.has(extensionOf(entry.name))) continue;
    if (entry.isSymbolicLink() && !(await isFileTarget(join(root, childRel)))) continue;
    if (entry.isFile() || entry.isSymbolicLink()) yield { path: join(root, childRel), rel: childRel };
  }
}

async function isFileTarget(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    // a dangling link is still an input: reading it reports why it failed
    return true;
  }
}
