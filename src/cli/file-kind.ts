import type { Dirent, Stats } from "node:fs";

/** What a path is, in words for a record's message: "a FIFO (named pipe)", "a socket", ... */
export function fileKind(entry: Stats | Dirent): string {
  if (entry.isFile()) return "a regular file";
  if (entry.isDirectory()) return "a folder";
  if (entry.isFIFO()) return "a FIFO (named pipe)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice()) return "a character device";
  if (entry.isBlockDevice()) return "a block device";
  if (entry.isSymbolicLink()) return "a symbolic link";
  return "something other than a file";
}
