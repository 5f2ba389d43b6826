/**
 * Grammar readers for years and the periods of a year: 2023年, 二〇二三年, 07年, 民国112年,
 * 中华民国一一二年, 2022年度, 马年, 甲子年, 今年, 上一年; 上半年, 年底, 第三季度, 前五个月, 第十周.
 * Each reader takes the tokens, a position and the Parts being built, and returns the position
 * after what it read, or -1.
 */
import type { Token } from '../lexer.js';
import type { Parts, YearForm } from '../parts.js';
import {
  DURATION_BEFORE, EARTHLY_BRANCHES, HEAVENLY_STEMS, RELATIVE_YEARS, ZODIAC_ANIMALS,
} from '../vocabulary.js';
import { type NumberRead, readNumber, readShifts, skipSpace, textAt, unitAhead } from './tokens.js';

const isYearWord = (text: string): boolean => text === '年' || text === '年度';
const HALF_YEARS = new Set(['上半年', '下半年']);

/** The year a written number names, or null; `afterEra` when 民国 was written before it. */
function yearOfNumber(number: NumberRead, firstChar: string, afterEra: boolean): { year: number; form?: YearForm } | null {
  if (afterEra) return number.value >= 1 && number.value <= 200 ? { year: number.value, form: 'roc' } : null;
  if (number.chinese && !number.digitByDigit) return number.value >= 1000 && number.value <= 2999 ? { year: number.value } : null;
  if (number.length === 4) return number.value >= 1000 && number.value <= 2999 ? { year: number.value } : null;
  if (number.chinese && number.length < 2) return null;
  // 07年 keeps its century reading; 99年 and 112年 may be Republic of China years on a page that uses them.
  if (number.length === 2) return { year: number.value, form: firstChar === '0' || firstChar === '〇' || firstChar === '零' ? 'twoDigit' : 'maybeRoc' };
  if (number.length === 3 && number.value >= 100) return { year: number.value, form: 'maybeRoc' };
  return null;
}

/** True when the number at `at` may name a year before 年 (2023年, 二〇二三年, 99年), false for a count (三年, 5年). */
export function mayNameYear(tokens: Token[], at: number): boolean {
  const number = readNumber(tokens, at);
  return number !== null && yearOfNumber(number, tokens[at].text[0], false) !== null;
}

/** 马年, 羊年: the zodiac animal before 年. */
function readZodiacYear(tokens: Token[], at: number, parts: Parts): number {
  const animal = ZODIAC_ANIMALS.indexOf(textAt(tokens, at));
  if (animal < 0 || textAt(tokens, at + 1) !== '年') return -1;
  // 猴年马月 is an idiom for "never".
  if (textAt(tokens, at) === '猴' && textAt(tokens, at + 2) === '马' && textAt(tokens, at + 3) === '月') return -1;
  parts.zodiac = animal;
  parts.lunar = true;
  return at + 2;
}

/** 甲子年, 庚午年: a stem and a branch of the same parity before 年. */
function readSexagenaryYear(tokens: Token[], at: number, parts: Parts): number {
  const stem = HEAVENLY_STEMS.indexOf(textAt(tokens, at));
  const branch = EARTHLY_BRANCHES.indexOf(textAt(tokens, at + 1));
  if (stem < 0 || branch < 0 || stem % 2 !== branch % 2 || textAt(tokens, at + 2) !== '年') return -1;
  // The cycle index n has n mod 10 = stem and n mod 12 = branch.
  let cycle = stem;
  while (cycle % 12 !== branch) cycle += 10;
  parts.sexagenary = cycle;
  parts.lunar = true;
  return at + 3;
}

/**
 * 2023年, 二〇二三年, 07年, 2022年度, 民国112年, 今年, 上一年, 马年, 甲子年, and 2016 in 2016至2020年.
 * `rangeEnd` when the year ends a range whose start was a year (110年至112年): 至 then joins, it
 * does not make a duration.
 */
export function readYear(tokens: Token[], at: number, parts: Parts, rangeEnd = false): number {
  const text = textAt(tokens, at);
  const relative = RELATIVE_YEARS[text];
  if (relative) {
    parts.yearShift = relative[0];
    if (relative[1]) parts.yearFromContext = true;
    return at + 1;
  }
  if ((text === '上' || text === '下' || text === '这' || text === '本') && textAt(tokens, at + 1) === '一' && textAt(tokens, at + 2) === '年') {
    parts.yearShift = text === '上' ? -1 : text === '下' ? 1 : 0;
    return at + 3;
  }
  const zodiac = readZodiacYear(tokens, at, parts);
  if (zodiac >= 0) return zodiac;
  const sexagenary = readSexagenaryYear(tokens, at, parts);
  if (sexagenary >= 0) return sexagenary;
  const afterEra = text === '民国' || text === '中华民国';
  const numberAt = afterEra ? skipSpace(tokens, at + 1) : at;
  if (afterEra && textAt(tokens, numberAt) === '元' && textAt(tokens, numberAt + 1) === '年') {
    parts.year = 1;
    parts.yearForm = 'roc';
    return numberAt + 2;
  }
  const number = readNumber(tokens, numberAt);
  if (!number) return -1;
  const unitAt = skipSpace(tokens, number.next);
  const hasYearWord = isYearWord(textAt(tokens, unitAt));
  const fourDigits = number.length === 4 && !number.chinese;
  // 2016 in 2016至2020年, and 1997 in 1997上半年 (the half-year says it is a year)
  const yearByContext = fourDigits && (unitAhead(tokens, numberAt) === '年' || HALF_YEARS.has(textAt(tokens, number.next)));
  if (!hasYearWord && !yearByContext) return -1;
  const read = yearOfNumber(number, tokens[numberAt].text[0], afterEra);
  if (!read) return -1;
  if (!afterEra && !rangeEnd && number.length < 4 && !number.chinese && read.form !== 'twoDigit' && hasYearWord) {
    // 近10年, 用了20年: a duration, unless a month follows (第25年3月 is not a thing, 99年3月 is a date).
    const before = numberAt > 0 ? tokens[numberAt - 1].text : '';
    const month = readNumber(tokens, skipSpace(tokens, unitAt + 1));
    const monthFollows = month !== null && (textAt(tokens, month.next) === '月' || textAt(tokens, month.next) === '月份');
    if (DURATION_BEFORE.has(before) && !monthFollows) return -1;
  }
  parts.year = read.year;
  if (read.form) parts.yearForm = read.form;
  return hasYearWord ? unitAt + 1 : number.next;
}

/** 第三季度, 一季度, 首季度, Q1, 前三季度, 一季度末 … */
function readQuarter(tokens: Token[], at: number, parts: Parts): number {
  const first = textAt(tokens, at);
  let next = at;
  let from: number;
  let to: number;
  if (first === 'Q' && tokens[at + 1]?.kind === 'digits') {
    from = to = tokens[at + 1].value;
    next = at + 2;
    if (textAt(tokens, next) === '季度') next++;
  } else {
    if (first === '第' || first === '首' || first === '前') next++;
    let count: NumberRead | null = null;
    if (first !== '首') {
      count = readNumber(tokens, next);
      if (!count) return -1;
      next = count.next;
      if (textAt(tokens, next) === '个') next++;
    }
    if (textAt(tokens, next) !== '季度') return -1;
    next++;
    if (first === '前') {
      from = 1;
      to = count!.value;
    } else from = to = first === '首' ? 1 : count!.value;
  }
  if (from < 1 || to > 4 || to < from) return -1;
  const edge = textAt(tokens, next);
  if (from === to && (edge === '初' || edge === '末' || edge === '底')) {
    parts.period = { kind: 'quarterEdge', quarter: from, edge: edge === '初' ? 'start' : 'end' };
    return next + 1;
  }
  parts.period = { kind: 'quarters', from, to };
  return next;
}

/** 第N周, 第N个月, 第N天 after a year. */
function readNumberedPeriodOfYear(tokens: Token[], at: number, parts: Parts): number {
  const count = readNumber(tokens, skipSpace(tokens, at + 1));
  if (!count || count.value < 1) return -1;
  let next = count.next;
  const withMeasure = textAt(tokens, next) === '个';
  if (withMeasure) next++;
  const unit = textAt(tokens, next);
  if (unit === '周' || unit === '星期' || unit === '礼拜') {
    if (count.value > 53) return -1;
    parts.period = { kind: 'weekOfYear', week: count.value };
    return next + 1;
  }
  if (unit === '月' && withMeasure && count.value <= 12) {
    parts.period = { kind: 'months', from: count.value, to: count.value };
    return next + 1;
  }
  if (unit === '天' && count.value <= 366) {
    parts.period = { kind: 'daysOfYear', from: count.value, to: count.value };
    return next + 1;
  }
  return -1;
}

/** 前N个月, 后N个月, 最后N个月, 前N天 after a year. */
function readLeadingOrTrailingPeriodOfYear(tokens: Token[], at: number, parts: Parts): number {
  const side = textAt(tokens, at);
  const count = readNumber(tokens, skipSpace(tokens, at + 1));
  if (!count || count.value < 1) return -1;
  let next = skipSpace(tokens, count.next);
  if (textAt(tokens, next) === '个') next++;
  const unit = textAt(tokens, next);
  if (unit === '月' && count.value <= 12) {
    parts.period = side === '前' ? { kind: 'months', from: 1, to: count.value } : { kind: 'lastMonths', count: count.value };
    return next + 1;
  }
  if (unit === '天' && side === '前' && count.value <= 366) {
    parts.period = { kind: 'daysOfYear', from: 1, to: count.value };
    return next + 1;
  }
  return -1;
}

/** 上半年, 年底, 第三季度, 前两个季度, 首月, 前五个月, 第一周, 第十天 … (after a year or alone). */
export function readYearPeriod(tokens: Token[], at: number, parts: Parts, afterYear: boolean): number {
  // 2023年的上半年: one 的 may stand between the year and its period.
  const start = afterYear && textAt(tokens, at) === '的' ? at + 1 : at;
  let text = textAt(tokens, start);
  if (text === '同期' && afterYear) {
    parts.samePeriod = true;
    return start + 1;
  }
  if (text === '上半年' || text === '下半年') {
    parts.period = { kind: 'halfYear', half: text === '上半年' ? 1 : 2 };
    return start + 1;
  }
  if (text === '暑假' || text === '寒假') {
    parts.period = { kind: text === '暑假' ? 'summerHoliday' : 'winterHoliday' };
    return start + 1;
  }
  // 年初/年底 alone, or 明年年初: the 年 is optional after a year.
  let edgeAt = start;
  if (text === '年' && ['初', '底', '末'].includes(textAt(tokens, start + 1))) edgeAt = start + 1;
  text = textAt(tokens, edgeAt);
  if (text === '伊始' && afterYear) {
    parts.period = { kind: 'months', from: 1, to: 1 };
    return edgeAt + 1;
  }
  if (text === '初' || text === '底' || text === '末') {
    if (!afterYear && edgeAt === start) return -1;
    parts.period = { kind: 'yearEdge', edge: text === '初' ? 'start' : 'end' };
    return edgeAt + 1;
  }
  const quarter = readQuarter(tokens, start, parts);
  if (quarter >= 0 || !afterYear) return quarter;
  if (text === '首' && textAt(tokens, start + 1) === '月') {
    parts.period = { kind: 'months', from: 1, to: 1 };
    return start + 2;
  }
  if (text === '第') return readNumberedPeriodOfYear(tokens, start, parts);
  if (text === '前' || text === '后' || text === '最后') return readLeadingOrTrailingPeriodOfYear(tokens, start, parts);
  return -1;
}

/** 上个季度, 本季度, 上季度末 (no year). */
export function readRelativeQuarter(tokens: Token[], at: number, parts: Parts): number {
  const shifts = readShifts(tokens, at);
  const shift = shifts.shift;
  let next = shifts.next;
  let shifted = next > at;
  if (!shifted && ['本', '这', '当'].includes(textAt(tokens, next))) {
    next++;
    shifted = true;
  }
  if (!shifted) return -1;
  if (textAt(tokens, next) === '个') next++;
  if (textAt(tokens, next) !== '季度') return -1;
  next++;
  const edge = textAt(tokens, next);
  parts.quarterShift = shift;
  if (edge === '初' || edge === '末' || edge === '底') {
    parts.period = { kind: 'quarterEdge', quarter: 0, edge: edge === '初' ? 'start' : 'end' };
    return next + 1;
  }
  parts.period = { kind: 'quarters', from: 0, to: 0 };
  return next;
}
