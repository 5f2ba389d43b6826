/**
 * What a whole-line pattern of dict/boilerplate.txt needs of a line before it can match, read from the
 * pattern's source: the characters a match can start with, or, for a pattern that may start with anything,
 * one character every match holds. A line that offers neither is not tried against the pattern, so most
 * lines of a page run no pattern at all. Reads the plain syntax the file uses (groups, classes, escapes,
 * quantifiers); anything else (a lookaround, \p{…}, a negated class) makes the pattern one that is always tried.
 */
import { UnitSet } from './unit-set.js';

/** What a pattern needs of a line. */
export interface PatternNeeds {
  /** The UTF-16 units a match can start with, or null when it may start with any character (or match nothing). */
  first: ReadonlySet<number> | null;
  /** For a pattern that may start with anything: a UTF-16 unit every match holds, or null. */
  required: number | null;
}

/** First units of a piece of pattern (null: any), and whether it can match the empty string. */
interface Piece {
  first: Set<number> | null;
  nullable: boolean;
}

class Unsupported extends Error {}

const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff';
const WORD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
const DIGITS = '0123456789';

function unitsOf(chars: string): Set<number> {
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.charCodeAt(0));
  return set;
}

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const unit of b) out.add(unit);
  return out;
}

/** A recursive-descent reader of the pattern syntax the furniture file uses; depth is bounded by the source. */
class PatternReader {
  at = 0;
  constructor(readonly source: string) {}

  /** Reads alternatives up to a closing parenthesis or the end. */
  disjunction(depth: number): Piece {
    if (depth > 20) throw new Unsupported();
    let result = this.sequence(depth);
    while (this.source[this.at] === '|') {
      this.at++;
      const next = this.sequence(depth);
      result = { first: union(result.first, next.first), nullable: result.nullable || next.nullable };
    }
    return result;
  }

  sequence(depth: number): Piece {
    let first: Set<number> | null = new Set();
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term(depth);
      if (nullable) first = union(first, term.first);
      nullable = nullable && term.nullable;
    }
    return { first, nullable };
  }

  term(depth: number): Piece {
    const ch = this.source[this.at];
    if (ch === '^' || ch === '$') {
      this.at++;
      return { first: new Set(), nullable: true };
    }
    const atom = this.atom(depth);
    const optional = this.quantifier();
    return { first: atom.first, nullable: atom.nullable || optional };
  }

  /** Reads a quantifier if one follows; true when it allows zero repetitions. */
  quantifier(): boolean {
    const ch = this.source[this.at];
    let optional = false;
    if (ch === '?' || ch === '*') {
      this.at++;
      optional = true;
    } else if (ch === '+') {
      this.at++;
    } else if (ch === '{') {
      const match = /^\{(\d+)(?:,\d*)?\}/u.exec(this.source.slice(this.at, this.at + 12));
      if (!match) throw new Unsupported();
      this.at += match[0].length;
      optional = Number(match[1]) === 0;
    } else {
      return false;
    }
    if (this.source[this.at] === '?') this.at++;
    return optional;
  }

  atom(depth: number): Piece {
    const ch = this.source[this.at];
    if (ch === '(') {
      this.at++;
      if (this.source[this.at] === '?') {
        if (this.source[this.at + 1] !== ':') throw new Unsupported();
        this.at += 2;
      }
      const inner = this.disjunction(depth + 1);
      if (this.source[this.at] !== ')') throw new Unsupported();
      this.at++;
      return inner;
    }
    if (ch === '[') return { first: this.characterClass(), nullable: false };
    if (ch === '.') {
      this.at++;
      return { first: null, nullable: false };
    }
    if (ch === '\\') return { first: this.escape(), nullable: false };
    const code = this.source.codePointAt(this.at) as number;
    if (code > 0xffff || ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?' || ch === '{') throw new Unsupported();
    this.at++;
    return { first: new Set([code]), nullable: false };
  }

  /** The units of an escape (\d, \s, \w, \[, \uXXXX) at `at`, past it. */
  escape(): Set<number> {
    const next = this.source[this.at + 1];
    this.at += 2;
    if (next === 'd') return unitsOf(DIGITS);
    if (next === 's') {
      const set = unitsOf(WHITE_SPACE);
      for (let unit = 0x2000; unit <= 0x200a; unit++) set.add(unit);
      return set;
    }
    if (next === 'w') return unitsOf(WORD);
    if (next === 'u') {
      const hex = /^[0-9a-fA-F]{4}/u.exec(this.source.slice(this.at, this.at + 4));
      if (!hex) throw new Unsupported();
      this.at += 4;
      return new Set([parseInt(hex[0], 16)]);
    }
    if (next === undefined || /[A-Za-z0-9]/u.test(next)) throw new Unsupported();
    return new Set([next.charCodeAt(0)]);
  }

  characterClass(): Set<number> {
    this.at++;
    if (this.source[this.at] === '^') throw new Unsupported();
    const set = new Set<number>();
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const low = this.classMember();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && low.size === 1) {
        this.at++;
        const high = this.classMember();
        if (high.size !== 1) throw new Unsupported();
        const [from] = low;
        const [to] = high;
        for (let unit = from; unit <= to; unit++) set.add(unit);
      } else {
        for (const unit of low) set.add(unit);
      }
    }
    if (this.source[this.at] !== ']') throw new Unsupported();
    this.at++;
    return set;
  }

  classMember(): Set<number> {
    if (this.source[this.at] === '\\') return this.escape();
    const code = this.source.codePointAt(this.at) as number;
    if (code > 0xffff) throw new Unsupported();
    this.at++;
    return new Set([code]);
  }
}

/** A literal character that every match of a one-alternative pattern holds at its top level, or null. */
function requiredUnit(source: string): number | null {
  const reader = new PatternReader(source);
  let found: number | null = null;
  while (reader.at < source.length) {
    const ch = source[reader.at];
    // A second alternative at the top level may hold none of the first one's characters.
    if (ch === '|' || ch === ')') return null;
    if (ch === '^' || ch === '$') {
      reader.at++;
      continue;
    }
    const literal = ch !== '(' && ch !== '[' && ch !== '.' && ch !== '\\';
    const atom = reader.atom(0);
    const optional = reader.quantifier();
    if (found === null && literal && !optional && atom.first !== null && atom.first.size === 1) found = atom.first.values().next().value ?? null;
  }
  return found;
}

/** What `source` needs of a line; a pattern that can match the empty line or uses other syntax needs nothing. */
export function patternNeeds(source: string): PatternNeeds {
  try {
    const reader = new PatternReader(source);
    const piece = reader.disjunction(0);
    if (reader.at !== source.length) throw new Unsupported();
    if (piece.nullable) return { first: null, required: null };
    return piece.first !== null ? { first: piece.first, required: null } : { first: null, required: requiredUnit(source) };
  } catch (error) {
    if (error instanceof Unsupported) return { first: null, required: null };
    throw error;
  }
}

/**
 * A quick test of whether a line's first character can start a match of `pattern` (anchored at the line's
 * start): a rule runs its pattern only on lines that pass. Always true for a pattern this cannot read.
 */
export function mayStartMatch(pattern: RegExp): (text: string) => boolean {
  const readable = !pattern.flags.includes('i') && !pattern.flags.includes('m') && anchoredAtStart(pattern.source);
  const { first } = readable ? patternNeeds(pattern.source) : { first: null };
  if (first === null) return () => true;
  const units = new UnitSet();
  for (const unit of first) units.add(unit);
  return (text) => units.has(text.charCodeAt(0));
}

/** True when every top-level alternative of `source` starts with `^`. */
export function anchoredAtStart(source: string): boolean {
  let depth = 0;
  let inClass = false;
  if (source[0] !== '^') return false;
  for (let at = 0; at < source.length; at++) {
    const ch = source[at];
    if (ch === '\\') at++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0 && source[at + 1] !== '^') return false;
  }
  return true;
}

/** The units that open the matches of a pattern's top-level alternatives: pairs of first and second unit, or first units alone. */
export interface OpeningPairs {
  /** First and second unit of an alternative that opens with two plain characters. */
  pairs: Array<[number, number]>;
  /** First units of an alternative that is one character, or that opens in a way only its first unit tells. */
  alone: number[];
}

/**
 * What the matches of `source` open with, one top-level alternative at a time: an alternative that opens with
 * two plain characters (转载, \(c) gives its pair, any other its possible first units alone. A line that holds
 * none of these holds no match. Null when some alternative may start with anything or the syntax is not read.
 */
export function openingPairs(source: string): OpeningPairs | null {
  try {
    const reader = new PatternReader(source);
    const found: OpeningPairs = { pairs: [], alone: [] };
    for (;;) {
      const from = reader.at;
      // The first two atoms, each as its one unit when it is a single unit standing once, else null.
      const opening: Array<number | null> = [];
      while (reader.at < source.length && source[reader.at] !== '|') {
        const ch = source[reader.at];
        if (ch === '^' || ch === '$') throw new Unsupported();
        const atom = reader.atom(0);
        const atomEnd = reader.at;
        reader.quantifier();
        const single = ch !== '(' && ch !== '.' && reader.at === atomEnd && atom.first !== null && atom.first.size === 1;
        if (opening.length < 2) opening.push(single ? (atom.first?.values().next().value ?? null) : null);
      }
      const [first, second] = opening;
      if (first != null && opening.length === 1) found.alone.push(first);
      else if (first != null && second != null) found.pairs.push([first, second]);
      else {
        const { first: units } = patternNeeds(source.slice(from, reader.at));
        if (units === null) return null;
        for (const unit of units) found.alone.push(unit);
      }
      if (reader.at >= source.length) return found;
      reader.at++;
    }
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
