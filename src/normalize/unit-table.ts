/**
 * Tables of UTF-16 units by a one-character pattern (a character class such as /\p{Script=Han}/u): a byte per
 * unit, 1 where the pattern accepts the unit alone. Built from two passes of the engine's own regex code over a
 * string of all the units, each replacing whole runs of units at a time, instead of 65,536 tests of
 * one-character strings: the first parse of a fresh process builds several such tables, and the tests cost
 * 5–15 ms a table there.
 */

const UNITS = 0x10000;
const HIGH_SURROGATES = 0xd800;
const LOW_SURROGATES = 0xdc00;
const AFTER_SURROGATES = 0xe000;
/** The units in the order of the string: a high surrogate is followed only by another, so none pairs up. */
const SEGMENTS: ReadonlyArray<readonly [number, number]> = [
  [0, HIGH_SURROGATES],
  [AFTER_SURROGATES, UNITS],
  [LOW_SURROGATES, AFTER_SURROGATES],
  [HIGH_SURROGATES, LOW_SURROGATES],
];
const MATCHED = '\u0001';
const NOT_MATCHED = '\u0000';
const NOT_MATCHED_RUN = /[^\u0001]+/gu;
/** Units per String.fromCharCode call, so no call gets an unbounded argument list. */
const CHUNK = 4096;

let unitsText: string | undefined;

/** Every unit, in the order of SEGMENTS, as one string of 65,536 units. */
function allUnits(): string {
  if (unitsText === undefined) {
    const parts: string[] = [];
    for (const [from, to] of SEGMENTS) {
      for (let at = from; at < to; at += CHUNK) {
        const units = new Uint16Array(Math.min(CHUNK, to - at));
        for (let i = 0; i < units.length; i++) units[i] = at + i;
        parts.push(String.fromCharCode.apply(null, units as unknown as number[]));
      }
    }
    unitsText = parts.join('');
  }
  return unitsText;
}

/**
 * 1 for each UTF-16 unit that `pattern` accepts as a string of that one unit, 0 otherwise. `pattern` must be one
 * character wherever it matches, with no anchors or look-around (a character class, as `/[\s。]/u` or
 * `/\p{Script=Han}/u`): every run of units it accepts becomes a run of marks, every other run a run of zeros,
 * and the marks are read as bytes.
 */
export function unitsMatching(pattern: RegExp): Uint8Array {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const runs = new RegExp(`(?:${pattern.source})+`, flags);
  const marked = allUnits()
    .replace(runs, (run) => MATCHED.repeat(run.length))
    .replace(NOT_MATCHED_RUN, (run) => NOT_MATCHED.repeat(run.length));
  // latin1 keeps the low byte of each unit: 1 for a mark, 0 for a zero.
  const bytes = Buffer.from(marked, 'latin1');
  const table = new Uint8Array(UNITS);
  let at = 0;
  for (const [from, to] of SEGMENTS) {
    table.set(bytes.subarray(at, at + to - from), from);
    at += to - from;
  }
  // The mark's own unit reads as a mark whether or not the pattern accepts it: it is tested alone.
  table[MATCHED.charCodeAt(0)] = new RegExp(pattern.source, pattern.flags.replace('g', '')).test(MATCHED) ? 1 : 0;
  return table;
}
