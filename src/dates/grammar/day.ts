/**
 * Grammar readers for days and weeks: 21日, 二十一号, 3 日, 初一, 大年初三, 今天, 后日, 今(8)日,
 * 昨（七）日, 今天(22日); 周五, 星期五, 上周五, 下下周日, 这个星期一, 上周, 周末, 周四(11日).
 */
import type { Token } from '../lexer.js';
import type { Parts } from '../parts.js';
import { BRACKETED_DAY_WORDS, COUNTED_AFTER, RELATIVE_DAYS, WEEKDAYS } from '../vocabulary.js';
import { isNumberAt, readListConnective, readNumber, readShifts, skipSpace, textAt, unitAhead } from './tokens.js';

const isDayUnit = (text: string): boolean => text === '日' || text === '号';
// Characters that make X初 a word (当初, 最初, 起初, 年初), so the 初 does not start 初一.
const WORDS_ENDING_IN_CHU = new Set([...'当最起年月之岁周开伊']);

/**
 * A day written in brackets after a relative word or weekday: (8), (七), (11日), (8日至11日).
 * Returns the days and the position after the closing bracket, or null.
 */
export function readBracketedDays(tokens: Token[], at: number, unitInside: boolean): { from: number; to: number; next: number } | null {
  if (textAt(tokens, at) !== '(') return null;
  const readOne = (position: number): { day: number; next: number } | null => {
    const number = readNumber(tokens, position);
    if (!number || number.value < 1 || number.value > 31 || number.length > (number.chinese ? 3 : 2)) return null;
    if (!unitInside) return { day: number.value, next: number.next };
    return isDayUnit(textAt(tokens, number.next)) ? { day: number.value, next: number.next + 1 } : null;
  };
  const first = readOne(at + 1);
  if (!first) return null;
  if (textAt(tokens, first.next) === ')') return { from: first.day, to: first.day, next: first.next + 1 };
  if (!unitInside || !['至', '到', '-', '~', '—'].includes(textAt(tokens, first.next))) return null;
  const second = readOne(first.next + 1);
  if (!second || textAt(tokens, second.next) !== ')' || second.day < first.day) return null;
  return { from: first.day, to: second.day, next: second.next + 1 };
}

/** 今(8)日, 昨（七）日, 明(9)日: the day in brackets, in the month around the relative word's day. */
function readBracketedRelativeDay(tokens: Token[], at: number, parts: Parts): number {
  const shift = BRACKETED_DAY_WORDS[textAt(tokens, at)];
  if (shift === undefined) return -1;
  const bracket = readBracketedDays(tokens, at + 1, false);
  if (!bracket || bracket.from !== bracket.to || textAt(tokens, bracket.next) !== '日') return -1;
  parts.day = bracket.from;
  parts.dayShift = shift;
  parts.restatedDay = true;
  return bracket.next + 1;
}

/** 大年初三, 大年三十. */
function readNewYearDay(tokens: Token[], at: number, parts: Parts): number {
  if (textAt(tokens, at + 1) === '初') {
    const number = readNumber(tokens, at + 2);
    if (!number || number.value < 1 || number.value > 10) return -1;
    parts.month = 1;
    parts.day = number.value;
    parts.lunar = true;
    return number.next;
  }
  if (textAt(tokens, at + 1) === '三十' || textAt(tokens, at + 1) === '廿九') {
    parts.festival = 'lunarNewYearsEve';
    return at + 2;
  }
  return -1;
}

/** 初一 … 初十: a lunar day after a month, or alone a day the page's season must place. */
function readFirstTenDays(tokens: Token[], at: number, parts: Parts, afterMonth: boolean): number {
  const number = readNumber(tokens, at + 1);
  if (!number || number.value < 1 || number.value > 10 || number.length > 1) return -1;
  if (!afterMonth) {
    // 当初一般, 最初一年: 初 ends another word
    if (at > 0 && WORDS_ENDING_IN_CHU.has(tokens[at - 1].text)) return -1;
    // 初一学生, 初一(3)班 are school years; 初一十五 is "the 1st and 15th of every month".
    const after = textAt(tokens, number.next);
    if (after === '年级' || after === '年' || after === '学' || after === '班' || after === '生' || after === '(' || after === '、' || after === '十五') return -1;
    parts.springFestivalDay = true;
  }
  parts.day = number.value;
  parts.lunar = true;
  return number.next;
}

/**
 * For a bare number that starts a list of consecutive numbers joined by 及/和/、 (5及6日, 29、30、31日),
 * the unit after the last one; '' when the numbers are not consecutive (2、22日 is not a pair).
 */
function unitOfConsecutiveList(tokens: Token[], at: number): string {
  let number = readNumber(tokens, at);
  // a month has at most 31 days, so the walk is bounded
  for (let count = 0; number && count < 31; count++) {
    const afterNumber = skipSpace(tokens, number.next);
    const afterConnective = readListConnective(tokens, afterNumber);
    if (afterConnective < 0) return count === 0 ? '' : textAt(tokens, afterNumber);
    const next = readNumber(tokens, skipSpace(tokens, afterConnective));
    if (!next || next.value !== number.value + 1) return '';
    number = next;
  }
  return '';
}

/** 21日, 二十一号, 3 日, 初一, 今天, 后日, 今(3)日, and after a month a bare 十五 / 31. */
export function readDay(tokens: Token[], at: number, parts: Parts, afterMonth: boolean): number {
  const text = textAt(tokens, at);
  const relative = RELATIVE_DAYS[text];
  if (relative && !afterMonth) {
    parts.dayShift = relative[0];
    if (relative[1]) parts.dayFromContext = true;
    if (relative[2]) parts.partOfDay = relative[2];
    // 今天(22日): the written day restates the relative one.
    const bracket = relative[1] ? null : readBracketedDays(tokens, at + 1, true);
    if (bracket && bracket.from === bracket.to) {
      parts.day = bracket.from;
      parts.restatedDay = true;
      return bracket.next;
    }
    return at + 1;
  }
  if (!afterMonth) {
    const bracketed = readBracketedRelativeDay(tokens, at, parts);
    if (bracketed >= 0) return bracketed;
  }
  if (text === '后' && textAt(tokens, at + 1) === '日') {
    // 後日 (the day after tomorrow), written this way on Hong Kong and Taiwan pages; the document
    // check keeps 之后日本 and 此后日益 out
    parts.dayShift = 2;
    return at + 2;
  }
  if (text === '大年') return readNewYearDay(tokens, at, parts);
  if (text === '初') return readFirstTenDays(tokens, at, parts, afterMonth);
  const number = readNumber(tokens, at);
  if (!number || number.value < 1 || number.value > 31 || number.length > (number.chinese ? 3 : 2)) return -1;
  if (number.chinese && number.digitByDigit && number.length > 1 && !afterMonth) return -1;
  const unitAt = skipSpace(tokens, number.next);
  const unit = textAt(tokens, unitAt);
  if (isDayUnit(unit)) {
    parts.day = number.value;
    return unitAt + 1;
  }
  if (afterMonth && unitAt === number.next && !COUNTED_AFTER.has(unit) && !isNumberAt(tokens, number.next)) {
    // 八月十五, 1月3; 廿/卅 are the lunar way of writing days
    if (number.chinese && /[廿卅]/.test(tokens[at].text)) parts.lunar = true;
    // 九月一五 is not a day; 一月二十三 is (positional)
    if (number.chinese && number.digitByDigit && number.length > 1) return -1;
    parts.day = number.value;
    return number.next;
  }
  // 12-19日, 5及6日, 29、30、31日: a bare day takes the unit of the day after the connective
  if (isDayUnit(unitAhead(tokens, at)) || isDayUnit(unitOfConsecutiveList(tokens, at))) {
    parts.day = number.value;
    return number.next;
  }
  return -1;
}

/** The weekday after 周/星期/礼拜 at `at` (which holds that word), and the position after it. */
function readWeekdayAfterWord(tokens: Token[], at: number): { weekday: number; next: number } | null {
  const word = textAt(tokens, at);
  let next = at + 1;
  // 周星期五 / 星期周五 doubled by careless editing
  if ((textAt(tokens, next) === '周' || textAt(tokens, next) === '星期') && WEEKDAYS[textAt(tokens, next + 1)]) next++;
  const weekday = WEEKDAYS[textAt(tokens, next)];
  // 周七 is not a weekday (一周七天)
  if (!weekday || (textAt(tokens, next) === '七' && word === '周')) return null;
  return { weekday, next: next + 1 };
}

/** 周五, 星期五, 上周五, 下下周日, 这个星期一, 上周, 本周, 周末, 下周周六, 周四(11日) … */
export function readWeek(tokens: Token[], at: number, parts: Parts): number {
  const shifts = readShifts(tokens, at);
  const shift = shifts.shift;
  let next = shifts.next;
  let prefixed = next > at;
  if (!prefixed && (textAt(tokens, next) === '本' || textAt(tokens, next) === '这')) {
    next++;
    prefixed = true;
  }
  if (prefixed) {
    if (textAt(tokens, next) === '一' && (textAt(tokens, next + 1) === '周' || textAt(tokens, next + 1) === '个')) next++;
    if (textAt(tokens, next) === '个') next++;
  }
  const word = textAt(tokens, next);
  if (word === '周末') {
    parts.weekShift = shift;
    parts.period = { kind: 'weekend' };
    return next + 1;
  }
  if (word !== '周' && word !== '星期' && word !== '礼拜') return -1;
  const weekday = readWeekdayAfterWord(tokens, next);
  if (weekday) {
    parts.weekShift = shift;
    parts.weekday = weekday.weekday;
    const bracket = readBracketedDays(tokens, weekday.next, true);
    if (bracket && bracket.from === bracket.to) {
      // 周四(11日): the written day wins over the weekday.
      parts.day = bracket.from;
      parts.restatedDay = true;
      return bracket.next;
    }
    return weekday.next;
  }
  if (!prefixed) return -1;
  parts.weekShift = shift;
  return next + 1;
}
