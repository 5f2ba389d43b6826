/**
 * Small token look-ups shared by the grammar readers: the text at a position, skipping one space,
 * reading a number, a range connective, and the unit a bare number borrows from the number after
 * a connective (1至6月). Every helper looks at a fixed number of tokens.
 */
import type { Token } from '../lexer.js';
import { LIST_CONNECTIVES, RANGE_CONNECTIVES } from '../vocabulary.js';

/** 上上周 / 下下个月: repeated shifts, bounded so a run of 上上上… is not rescanned from every position. */
export const MAX_REPEATED_SHIFT = 3;

/** 上上 / 下 / 下下 before 周, 个月, 季度: the summed shift (上 = -1, 下 = +1) and the position after it. */
export function readShifts(tokens: Token[], at: number): { shift: number; next: number } {
  let next = at;
  let shift = 0;
  while ((textAt(tokens, next) === '上' || textAt(tokens, next) === '下') && next - at < MAX_REPEATED_SHIFT) {
    shift += textAt(tokens, next) === '上' ? -1 : 1;
    next++;
  }
  return { shift, next };
}

/** The token text at `at`, or '' past the end. */
export const textAt = (tokens: Token[], at: number): string => (at >= 0 && at < tokens.length ? tokens[at].text : '');

/** True when the token at `at` is a number (digits or Chinese numeral). */
export const isNumberAt = (tokens: Token[], at: number): boolean =>
  at < tokens.length && (tokens[at].kind === 'digits' || tokens[at].kind === 'numeral');

/** The position after one space token at `at`, or `at`. */
export const skipSpace = (tokens: Token[], at: number): number => (at < tokens.length && tokens[at].kind === 'space' ? at + 1 : at);

/** A number read at one token. */
export interface NumberRead {
  value: number;
  /** Position after the number. */
  next: number;
  /** Characters written. */
  length: number;
  /** Written digit by digit: Arabic digits, or 二〇二三 rather than 二十三. */
  digitByDigit: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
}

const POSITIONAL_CHARS = /[十百千廿卅]/;

/** The number at `at`, or null. */
export function readNumber(tokens: Token[], at: number): NumberRead | null {
  if (at >= tokens.length) return null;
  const token = tokens[at];
  if (token.kind === 'digits') return { value: token.value, next: at + 1, length: token.text.length, digitByDigit: true, chinese: false };
  if (token.kind !== 'numeral' || Number.isNaN(token.value)) return null;
  return { value: token.value, next: at + 1, length: token.text.length, digitByDigit: !POSITIONAL_CHARS.test(token.text), chinese: true };
}

/** Position after a range connective at `at` (至, 到, -, ~, —, ——), or -1. */
export function readRangeConnective(tokens: Token[], at: number): number {
  const text = textAt(tokens, at);
  if (!RANGE_CONNECTIVES.has(text)) return -1;
  if ((text === '—' || text === '-') && (textAt(tokens, at + 1) === '—' || textAt(tokens, at + 1) === '-')) return at + 2;
  return at + 1;
}

/** Position after a list connective at `at` (及, 和, 、, 与), or -1. */
export function readListConnective(tokens: Token[], at: number): number {
  return LIST_CONNECTIVES.has(textAt(tokens, at)) ? at + 1 : -1;
}

/**
 * For a bare number at `at` (1至6月, 12-19日, 9~12点半), the unit the number after the connective
 * carries; the bare number takes the same unit. '' when there is no such pattern.
 * `connective` reads the joining word (a range connective by default).
 */
export function unitAhead(tokens: Token[], at: number, connective: (tokens: Token[], at: number) => number = readRangeConnective): string {
  if (!isNumberAt(tokens, at)) return '';
  let next = connective(tokens, skipSpace(tokens, at + 1));
  if (next < 0) return '';
  next = skipSpace(tokens, next);
  if (!isNumberAt(tokens, next)) return '';
  const unit = textAt(tokens, skipSpace(tokens, next + 1));
  if (unit === '月份') return '月';
  if (unit === '点钟' || unit === '时') return '点';
  return unit;
}
