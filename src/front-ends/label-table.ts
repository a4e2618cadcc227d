/**
 * Link reference definitions by normalized label: the first definition of a label
 * wins. A table sized once for all definitions (open addressing over a typed array),
 * not a `Map`: on a page of hundreds of thousands of definitions a growing map spends
 * ever longer per entry, where this stays close to linear.
 */
export class LabelTable {
  private readonly labels: string[] = [];
  private readonly targets: string[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** @param definitions - normalized labels and their targets, in page order */
  constructor(definitions: readonly (readonly [string, string])[]) {
    let capacity = 8;
    while (capacity < definitions.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (const [label, target] of definitions) {
      const slot = this.find(label);
      if (this.slots[slot] !== -1) continue;
      this.slots[slot] = this.labels.length;
      this.labels.push(label);
      this.targets.push(target);
    }
  }

  /** How many labels are defined. */
  get size(): number {
    return this.labels.length;
  }

  /** The target of a normalized label, if it is defined. */
  get(label: string): string | undefined {
    const entry = this.slots[this.find(label)]!;
    return entry === -1 ? undefined : this.targets[entry];
  }

  /** The slot holding `label`, or the empty slot where it would go. */
  private find(label: string): number {
    let i = hash(label) & this.mask;
    for (;;) {
      const entry = this.slots[i]!;
      if (entry === -1 || this.labels[entry] === label) return i;
      i = (i + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
