/**
 * One pass over the characters of a line's view that the rules and the line model both read: the counts of
 * its characters by class (Han, Latin, digits, sentence marks, commas, stop characters, separators), and a
 * mask of the kinds of characters it holds (a colon, a space, the first character of a credit label or of a
 * furniture word, a character some furniture pattern needs …). A rule whose pattern needs a character the
 * mask lacks is skipped without running its pattern: most lines of a page are skipped by most rules.
 */
import { lazy } from '../nlp/index.js';
import { lexiconStarts } from './lexicon.js';
import { opensPatternWord, PATTERN_GATES, patternGates } from './patterns.js';
import { labelOpenings, labelStarts } from './roles.js';
import { pairUnit, UnitSet } from './unit-set.js';

/** Kinds of characters a line may hold, as bits of {@link CharFacts.mask}. */
export const HOLDS = {
  space: 1 << 3,
  upper: 1 << 4,
  colon: 1 << 5,
  dot: 1 << 6,
  slash: 1 << 7,
  /** 。 ! ? */
  fullStop: 1 << 8,
  /** … */
  ellipsis: 1 << 9,
  /**
   * The opening of a credit label (dict/credit-roles.txt): in the table, a label's first unit; in a line's mask,
   * that unit where a label may start (roles.ts `labelOpenings`).
   */
  labelStart: 1 << 10,
  /** The first character of a furniture word (dict/furniture-words.txt), in either case. */
  lexiconStart: 1 << 11,
  /**
   * The opening of a word a furniture pattern of dict/boilerplate.txt needs somewhere in the line (patterns.ts): in
   * the table, the word's first unit; in a line's mask, that unit followed by the word's second one.
   */
  patternWord: 1 << 12,
  /** | \ > », which a piece of furniture closing a line starts or ends with. */
  trailingMark: 1 << 13,
  /** 图, which every caption label holds. */
  picture: 1 << 14,
  /** 间 期 于, which end every label of a publication time (发布时间, 日期, 发表于). */
  timeWord: 1 << 15,
  /** A character outside ASCII. */
  nonAscii: 1 << 16,
  /** 。 or …, which no credit holds. */
  stopOrEllipsis: 1 << 17,
  /** A character a furniture pattern that may start with anything needs (patterns.ts). */
  patternCharacter: 1 << 18,
  /** E e 完 结 续, one of which every end mark (-END-, (完), 未完待续) holds. */
  endMark: 1 << 19,
} as const;

/** What one pass over a line's view counts; `visible` leaves out spaces. */
export interface CharFacts {
  visible: number;
  han: number;
  latin: number;
  digit: number;
  /** 。 ! ? ; */
  sentence: number;
  /** , 、 */
  comma: number;
  /** Han function characters (的 了 是 …). */
  stop: number;
  separator: number;
  /** The {@link HOLDS} bits of the characters the line holds. */
  mask: number;
}

// The low three bits of a table entry give the class a character is counted in; the others are HOLDS bits.
const HAN = 1;
const STOP = 2;
const LATIN = 3;
const DIGIT = 4;
const SENTENCE = 5;
const COMMA = 6;
const SEPARATOR = 7;
const CLASS_BITS = 7;

/** A Han character of the Basic Multilingual Plane (the common, extension A and compatibility blocks), by code unit. */
export function isBmpHanUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

// For counting, a high surrogate of the supplementary Han planes counts as one Han character.
function isHanUnit(code: number): boolean {
  return isBmpHanUnit(code) || (code >= 0xd840 && code <= 0xd87e);
}

/**
 * Each UTF-16 unit's class and HOLDS bits, built once from the code points and the vocabularies, stored as a
 * byte per unit that picks one of the few distinct entries: a quarter of the memory a full table takes, so the
 * pass over a line stays in the processor's cache.
 */
const charTable = lazy(() => {
  const full = fullTable();
  const entries: number[] = [];
  const indexOf = new Map<number, number>();
  const index = new Uint8Array(0x10000);
  // Neighbouring units mostly share their entry (runs of Han, of other scripts): the map is asked only when it changes.
  let previous = NaN;
  let previousAt = 0;
  for (let code = 0; code < 0x10000; code++) {
    if (full[code] === previous) {
      index[code] = previousAt;
      continue;
    }
    let at = indexOf.get(full[code]);
    if (at === undefined) {
      at = entries.length;
      if (at > 255) throw new Error('line-facts: more than 256 kinds of characters');
      entries.push(full[code]);
      indexOf.set(full[code], at);
    }
    index[code] = at;
    previous = full[code];
    previousAt = at;
  }
  // Most characters of a line are Han characters with nothing special about them: those are told by a bitset of
  // the special ones, without a look into the table.
  const plainHan = HAN | HOLDS.nonAscii;
  const special = new UnitSet();
  for (let code = 0x4e00; code <= 0x9fff; code++) if (full[code] !== plainHan) special.add(code);
  return { index, entries: Int32Array.from(entries), plainHan, special };
});

function fullTable(): Int32Array {
  const table = new Int32Array(0x10000);
  const mark = (chars: string, bits: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= bits;
  };
  for (let code = 0; code < 0x10000; code++) {
    if (isHanUnit(code)) table[code] = HAN;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) table[code] = LATIN;
    else if (code >= 48 && code <= 57) table[code] = DIGIT;
    if (code > 127) table[code] |= HOLDS.nonAscii;
  }
  for (const ch of '的了是在和有也就都而及与着对这为等将把被从向于其之但并已还由让使要会以所') table[ch.charCodeAt(0)] = (table[ch.charCodeAt(0)] & ~CLASS_BITS) | STOP;
  const setClass = (chars: string, kind: number) => {
    for (const ch of chars) if ((table[ch.charCodeAt(0)] & CLASS_BITS) === 0) table[ch.charCodeAt(0)] |= kind;
  };
  setClass('。!?;', SENTENCE);
  setClass(',、', COMMA);
  setClass('|>»/\\·•●▪■□◆◇★☆▲►→_*#=~^', SEPARATOR);
  mark(' ', HOLDS.space);
  mark('ABCDEFGHIJKLMNOPQRSTUVWXYZ', HOLDS.upper);
  mark(':', HOLDS.colon);
  mark('.', HOLDS.dot);
  mark('/', HOLDS.slash);
  mark('。!?', HOLDS.fullStop);
  mark('…', HOLDS.ellipsis);
  mark('。…', HOLDS.stopOrEllipsis);
  mark('|\\>»', HOLDS.trailingMark);
  mark('图', HOLDS.picture);
  mark('间期于', HOLDS.timeWord);
  mark('Ee完结续', HOLDS.endMark);
  const fromUnits = (units: UnitSet, bits: number) => units.forEachUnit((code) => (table[code] |= bits));
  fromUnits(labelStarts(), HOLDS.labelStart);
  fromUnits(lexiconStarts(), HOLDS.lexiconStart);
  const gates = patternGates();
  fromUnits(gates.wordStarts, HOLDS.patternWord);
  fromUnits(gates.required, HOLDS.patternCharacter);
  return table;
}

/** The gates of `furnitureReason` that a line's HOLDS mask opens. */
export function patternGatesOf(mask: number): number {
  return ((mask & HOLDS.patternWord) !== 0 ? PATTERN_GATES.word : 0) | ((mask & HOLDS.patternCharacter) !== 0 ? PATTERN_GATES.character : 0);
}

type LabelOpenings = ReturnType<typeof labelOpenings>;

/**
 * Whether a credit label may start at a label's first unit `unit` followed by `next` (NaN at the line's end).
 * The openings are the caller's: fetched once a line, not at every label's first unit.
 */
function mayOpenLabel(openings: LabelOpenings, unit: number, next: number): boolean {
  return openings.pairs.has(pairUnit(unit, next)) || (openings.singles.has(unit) && !isBmpHanUnit(next));
}

/** The unit after `i` in `view`, NaN at its end (read without going past the end, which slows the whole scan). */
function unitAfter(view: string, i: number): number {
  return i + 1 < view.length ? view.charCodeAt(i + 1) : NaN;
}

// Counts by class during one pass (reused: a pass allocates nothing).
const TALLY = new Int32Array(CLASS_BITS + 1);

/** Counts the characters of `view` by class and collects their HOLDS bits into `into`, in one pass. */
export function readChars(view: string, into: CharFacts): void {
  const { index, entries, plainHan, special } = charTable();
  const openings = labelOpenings();
  TALLY.fill(0);
  let plain = 0;
  let spaces = 0;
  let mask = 0;
  const n = view.length;
  for (let i = 0; i < n; i++) {
    const code = view.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && !special.has(code)) {
      plain++;
      continue;
    }
    let entry = entries[index[code]];
    // The first unit of a pattern's word (本, 文, a …) opens the word gate only with the word's second unit after it.
    // Once the line's mask holds a gate, a later unit cannot change it: the check is skipped.
    if ((entry & ~mask & HOLDS.patternWord) !== 0 && !opensPatternWord(code, unitAfter(view, i))) entry ^= HOLDS.patternWord;
    // Likewise a label's first unit (记, 来, 文 …) counts only where a label may start.
    if ((entry & ~mask & HOLDS.labelStart) !== 0 && !mayOpenLabel(openings, code, unitAfter(view, i))) entry ^= HOLDS.labelStart;
    mask |= entry;
    if (code === 32) spaces++;
    else TALLY[entry & CLASS_BITS]++;
  }
  into.visible = n - spaces;
  into.han = plain + TALLY[HAN] + TALLY[STOP];
  into.stop = TALLY[STOP];
  into.latin = TALLY[LATIN];
  into.digit = TALLY[DIGIT];
  into.sentence = TALLY[SENTENCE];
  into.comma = TALLY[COMMA];
  into.separator = TALLY[SEPARATOR];
  into.mask = (plain > 0 ? mask | plainHan : mask) & ~CLASS_BITS;
}
