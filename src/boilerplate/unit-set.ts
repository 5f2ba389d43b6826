/**
 * A set of UTF-16 code units as a bitset of 8 KB. The line scans of the boilerplate stage test every
 * character of a line against such sets; at a bit per unit they stay in the processor's fastest cache, where a
 * byte per unit (64 KB each) would not.
 */
import { unitsMatching } from '../normalize/index.js';

export class UnitSet {
  private readonly bits = new Int32Array(0x10000 >>> 5);

  /** The units of `chars` (BMP characters). */
  static of(chars: string): UnitSet {
    const set = new UnitSet();
    for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
    return set;
  }

  /** The units that `pattern`, a one-character class, accepts alone (found in one pass: normalize's unitsMatching). */
  static matching(pattern: RegExp): UnitSet {
    const set = new UnitSet();
    const matched = unitsMatching(pattern);
    for (let unit = matched.indexOf(1); unit !== -1; unit = matched.indexOf(1, unit + 1)) set.add(unit);
    return set;
  }

  add(unit: number): void {
    this.bits[unit >>> 5] |= 1 << (unit & 31);
  }

  /** Calls `visit` with each unit of the set, in order: a look at each 32-unit word, then at the units of the few set ones. */
  forEachUnit(visit: (unit: number) => void): void {
    const bits = this.bits;
    for (let word = 0; word < bits.length; word++) {
      if (bits[word] === 0) continue;
      for (let bit = 0; bit < 32; bit++) if ((bits[word] & (1 << bit)) !== 0) visit((word << 5) | bit);
    }
  }

  /** Whether `unit` is in the set; false for NaN (charCodeAt past the end) and anything outside 0–0xFFFF. */
  has(unit: number): boolean {
    return unit >= 0 && unit < 0x10000 && (this.bits[unit >>> 5] & (1 << (unit & 31))) !== 0;
  }
}

/**
 * A pair of UTF-16 units hashed to one unit, for a {@link UnitSet} of pairs: a line scan asks whether the unit it
 * stands on and the next one may open a word. A few other pairs share a slot and pass too; a gate allows for that.
 */
export function pairUnit(first: number, second: number): number {
  return ((first << 7) ^ second) & 0xffff;
}
