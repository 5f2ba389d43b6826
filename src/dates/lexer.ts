/**
 * The date engine's tokenizer. It reads the Simplified, half-width view of the text (the same
 * length as the caller's text, so token offsets point into both). Digit runs and Chinese numeral
 * runs become one token each, the date words of the vocabulary are matched longest-first, Latin
 * letters group into runs (so identifiers such as IMG_20230721 stay recognisable), and every other
 * character is its own token.
 *
 * Each step consumes at least one character and looks ahead a bounded distance (the longest listed
 * word), so lexing is linear in the input and uses no recursion.
 */
import { CHINESE_NUMERAL_CHARS, chineseNumeralValue } from './numerals.js';
import { LEXER_WORDS, WORDS_NOT_AFTER_NUMBER } from './vocabulary.js';

/** digits: Arabic digits; numeral: Chinese numeral; word: listed word or single character; space: a run of spaces; latin: letters. */
export type TokenKind = 'digits' | 'numeral' | 'word' | 'space' | 'latin';

/** One token; `start`/`end` are offsets into the caller's text. */
export interface Token {
  kind: TokenKind;
  /** The token as read in the view; spaces read as one ' ', dashes as '-'. */
  text: string;
  start: number;
  end: number;
  /** Numeric value of digits and numeral tokens (NaN when too long or malformed, and for other kinds). */
  value: number;
}

// The listed words by the UTF-16 unit they begin with, longest first.
const wordsByFirstUnit = new Map<number, string[]>();
for (const word of LEXER_WORDS) {
  const list = wordsByFirstUnit.get(word.charCodeAt(0)) ?? [];
  list.push(word);
  wordsByFirstUnit.set(word.charCodeAt(0), list);
}
for (const list of wordsByFirstUnit.values()) list.sort((one, other) => other.length - one.length);

// What a UTF-16 unit can begin, looked up by its code: most characters of a text begin nothing but
// themselves, and the lexer passes them with one table read instead of string look-ups.
const STARTS_WORD = 1;
const NUMERAL = 2;
const SPACE = 4;
// Dash-like characters that the width fold leaves alone; the grammar sees them all as '-' (and 〜 as '~').
const DASH = 8;
const TILDE = 16;
const SPACE_UNITS = [0x20, 0x09, 0xa0, 0x3000];
const DASH_UNITS = '–‐‑−﹣';
const TILDE_UNITS = '〜';
const unitKinds = new Uint8Array(65536);
for (const first of wordsByFirstUnit.keys()) unitKinds[first] |= STARTS_WORD;
for (const numeral of CHINESE_NUMERAL_CHARS) unitKinds[numeral.charCodeAt(0)] |= NUMERAL;
for (const code of SPACE_UNITS) unitKinds[code] |= SPACE;
for (const dash of DASH_UNITS) unitKinds[dash.charCodeAt(0)] |= DASH;
for (const tilde of TILDE_UNITS) unitKinds[tilde.charCodeAt(0)] |= TILDE;

/**
 * The UTF-16 units a token whose text begins with `first` may begin with in the view: the unit itself, and for
 * the texts the lexer gives several characters (' ' for every space, '-' for the dashes, '~' for 〜) those too.
 */
export function unitsReadAs(first: string): readonly number[] {
  const code = first.charCodeAt(0);
  if (first === ' ') return SPACE_UNITS;
  if (first === '-') return [code, ...[...DASH_UNITS].map((dash) => dash.charCodeAt(0))];
  if (first === '~') return [code, ...[...TILDE_UNITS].map((tilde) => tilde.charCodeAt(0))];
  return [code];
}

/** True when `code` begins a digits token (an ASCII digit). */
export function isDigitUnit(code: number): boolean {
  return isDigit(code);
}

/** True when `code` is a Chinese numeral character (it begins a numeral token unless a listed word begins there). */
export function isNumeralUnit(code: number): boolean {
  return (unitKinds[code] & NUMERAL) !== 0;
}

/** True when `code` begins a space token. */
export function isSpaceUnit(code: number): boolean {
  return (unitKinds[code] & SPACE) !== 0;
}

// One string per character that stands as a token of its own, shared by every token of that character.
const singleUnits: string[] = new Array<string>(65536).fill('');
function unitText(code: number): string {
  const known = singleUnits[code];
  return known !== '' ? known : (singleUnits[code] = String.fromCharCode(code));
}

/** The text of a one-character word token: the character, or '-' / '~' for the dashes and tildes. */
function singleText(code: number, kinds: number): string {
  if ((kinds & DASH) !== 0) return '-';
  return (kinds & TILDE) !== 0 ? '~' : unitText(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function listedWordAt(view: string, at: number, previous: Token | undefined): string | null {
  const code = view.charCodeAt(at);
  if ((unitKinds[code] & STARTS_WORD) === 0) return null;
  for (const word of wordsByFirstUnit.get(code)!) {
    if (!view.startsWith(word, at)) continue;
    // 20日电 is a dateline (day + 电), not the word 日电.
    if (WORDS_NOT_AFTER_NUMBER.has(word) && previous && previous.kind !== 'word') continue;
    return word;
  }
  return null;
}

function numeralRunEnd(view: string, start: number, afterChu: boolean): number {
  // 初一 … 初十 are one numeral each: 初一一早 is 初一 + 一早, not 初 + 一一.
  if (afterChu) return start + 1;
  let end = start + 1;
  // Stop where a listed word begins: 十一 | 七夕 must split, 三十 | 日 is fine.
  while (end < view.length && (unitKinds[view.charCodeAt(end)] & NUMERAL) !== 0 && listedWordAt(view, end, undefined) === null) end++;
  return end;
}

/** The token that begins at `at` (before the end of the view); `previous` is the token before it. */
function tokenAt(view: string, at: number, previous: Token | undefined): Token {
  const length = view.length;
  const code = view.charCodeAt(at);
  const kinds = unitKinds[code];
  if (kinds === 0 && !isDigit(code) && !isLatinLetter(code)) return { kind: 'word', text: unitText(code), start: at, end: at + 1, value: NaN };
  if (isDigit(code)) {
    let end = at + 1;
    while (end < length && isDigit(view.charCodeAt(end))) end++;
    const text = view.slice(at, end);
    return { kind: 'digits', text, start: at, end, value: text.length <= 15 ? Number(text) : NaN };
  }
  if (isLatinLetter(code)) {
    let end = at + 1;
    while (end < length && isLatinLetter(view.charCodeAt(end))) end++;
    return { kind: 'latin', text: view.slice(at, end), start: at, end, value: NaN };
  }
  if ((kinds & SPACE) !== 0) {
    let end = at + 1;
    while (end < length && (unitKinds[view.charCodeAt(end)] & SPACE) !== 0) end++;
    return { kind: 'space', text: ' ', start: at, end, value: NaN };
  }
  const word = listedWordAt(view, at, previous);
  if (word) return { kind: 'word', text: word, start: at, end: at + word.length, value: NaN };
  if ((kinds & NUMERAL) !== 0) {
    const end = numeralRunEnd(view, at, previous?.text === '初' && previous.end === at);
    const text = view.slice(at, end);
    return { kind: 'numeral', text, start: at, end, value: end - at <= 15 ? chineseNumeralValue(text) : NaN };
  }
  return { kind: 'word', text: singleText(code, kinds), start: at, end: at + 1, value: NaN };
}

/*
 * Units after which lexing may begin afresh: a unit that is always a whole token or the last unit of one. It
 * begins no listed word, run or numeral (unitKinds 0, no digit or letter) and stands inside no listed word but
 * at its end, so every token that holds it ends right after it, and that token is a word (never 初, which
 * begins 初期), which is all the lexer asks of the token before its position.
 */
const INSIDE_WORD = new Uint8Array(65536);
for (const word of LEXER_WORDS) for (let at = 0; at < word.length - 1; at++) INSIDE_WORD[word.charCodeAt(at)] = 1;

export function endsEveryToken(code: number): boolean {
  return unitKinds[code] === 0 && INSIDE_WORD[code] === 0 && !isDigit(code) && !isLatinLetter(code);
}

/**
 * The view's tokens in order, read on demand: a caller that walks a long text keeps only the tokens near
 * its position instead of one per character of the whole text. The lexer's only state is its position and
 * the token before it, so reading in batches gives the same tokens as {@link tokenize}, and so does reading
 * on from a restart point ({@link Lexer.restartPoint}) after skipping the text before it.
 */
export class Lexer {
  private at = 0;
  private previous: Token | undefined;

  constructor(private readonly view: string) {}

  /** True once every token of the view has been read. */
  get done(): boolean {
    return this.at >= this.view.length;
  }

  /** The offset of the next token to read. */
  get position(): number {
    return this.at;
  }

  /**
   * The latest offset before `offset` where lexing may begin afresh with at least `tokensBefore` tokens between it
   * and `offset`, if it lies past the lexer's position; otherwise the lexer's position (nothing to skip). Each unit
   * that ends every token holding it ends a token of its own, so `tokensBefore` of them make as many tokens.
   */
  restartPoint(offset: number, tokensBefore: number): number {
    let ends = 0;
    for (let at = offset - 1; at >= this.at; at--) {
      if (!endsEveryToken(this.view.charCodeAt(at))) continue;
      if (ends === tokensBefore) return at + 1;
      ends++;
    }
    return this.at;
  }

  /** Goes on reading from `offset`, a restart point: the tokens before it are skipped. */
  restartAt(offset: number): void {
    if (offset === this.at) return;
    const before = offset - 1;
    this.at = offset;
    this.previous = { kind: 'word', text: unitText(this.view.charCodeAt(before)), start: before, end: offset, value: NaN };
  }

  /** Appends the next `count` tokens (fewer at the end of the view) to `into`. */
  readInto(into: Token[], count: number): void {
    for (let read = 0; read < count && this.at < this.view.length; read++) {
      const token = tokenAt(this.view, this.at, this.previous);
      into.push(token);
      this.previous = token;
      this.at = token.end;
    }
  }

  /**
   * Appends tokens to `into` up to and including the next one of a unit marked in `stops` (a one-unit word
   * token: the unit must begin no listed word, run or numeral, see {@link endsEveryToken}), or `count` tokens,
   * or the end of the view. True when it stopped at such a token.
   */
  readThrough(into: Token[], stops: Uint8Array, count: number): boolean {
    for (let read = 0; read < count && this.at < this.view.length; read++) {
      const token = tokenAt(this.view, this.at, this.previous);
      into.push(token);
      this.previous = token;
      this.at = token.end;
      if (stops[this.view.charCodeAt(token.start)] === 1 && token.end === token.start + 1) return true;
    }
    return false;
  }
}

/** Splits the view into tokens; offsets are the same in the view and the caller's text. */
export function tokenize(view: string): Token[] {
  const tokens: Token[] = [];
  new Lexer(view).readInto(tokens, Infinity);
  return tokens;
}
