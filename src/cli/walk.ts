import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileKind } from "./file-kind.js";

/**
 * What a walk finds under a folder argument: a file to read, a folder that could not
 * be listed (`error`), or an entry with a name in `--ext` that is not a regular file
 * (`special`: what it is, such as "a FIFO (named pipe)"), which is not read.
 */
export type Found =
  | { path: string; rel: string; error?: undefined; special?: undefined }
  | { path: string; rel: string; error: Error; special?: undefined }
  | { path: string; rel: string; error?: undefined; special: string };

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
 * its error, so that it still gets a record. Named pipes, sockets and devices (or
 * links to them) are yielded as `special` and never opened: a pipe no one writes to
 * would wait forever.
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
    const path = join(root, childRel);
    const kind = entry.isSymbolicLink() ? await targetKind(path) : fileKind(entry);
    if (kind === "a regular file") yield { path, rel: childRel };
    else if (kind === "a folder") continue; // a link to a folder: not followed
    else yield { path, rel: childRel, special: kind };
  }
}

/** What a symbolic link points to. */
async function targetKind(path: string): Promise<string> {
  try {
    return fileKind(await stat(path));
  } catch {
    // a dangling link is still an input: reading it reports why it failed
    return "a regular file";
  }
}
