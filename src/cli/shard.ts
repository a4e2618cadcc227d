import { createHash } from "node:crypto";

/** `--shard K/N`: this run takes the K-th (1-based) of N partitions. */
export interface Shard {
  k: number;
  n: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

/** Reads `K/N`; null when it is not two numbers with 1 ≤ K ≤ N. */
export function parseShard(text: string): Shard | null {
  const m = SHARD.exec(text);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && k <= n ? { k, n } : null;
}

/**
 * The 1-based partition of an input key among `n`: the first 32 bits of its SHA-1,
 * modulo n. It depends on nothing but the key, so every run on every machine agrees,
 * and the N shards of a corpus are disjoint and cover it.
 */
export function shardOf(key: string, n: number): number {
  return (createHash("sha1").update(key).digest().readUInt32BE(0) % n) + 1;
}
