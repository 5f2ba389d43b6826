/**
 * Grammar readers for dates written with digits and separators (2023-07-21, 2023.7.21日,
 * 2023/07/21 09:30, 2010 01 29, 20230721, 09-01, 12/1, 113/01/13), bare years (2018, 2020工作),
 * counted offsets (5年前, 3天后, 2个月前), decades and centuries (上世纪90年代, 18世纪) and
 * festivals (春节, 五一).
 */
import type { Token } from '../lexer.js';
import type { Parts } from '../parts.js';
import { CLAUSE_BOUNDARIES, COUNTED_AFTER, FESTIVAL_WORDS, NOT_A_BARE_YEAR_AFTER, RANGE_CONNECTIVES } from '../vocabulary.js';
import { readPartOfDay, readTime } from './clock.js';
import { isNumberAt, readNumber, skipSpace, textAt } from './tokens.js';

const DATE_SEPARATORS = new Set(['-', '/', '.', ' ']);
// After 3/4 or 1·5 these make it a share or a decimal (3/4以上, 1/3左右, 2/3的, 5·1倍).
const FRACTION_AFTER = new Set(['以', '左', '的', '是', '强', '弱', '多', '～', '~', '%', '‰']);
const SLASH_DATE_BEFORE = new Set(['于', '在', '自', '从', '(', '（', '【', '[', '《', '“', '"', ':', '：']);
const HAN = /^[\u4e00-\u9fff]/;

/** A clock time after a numeric date: 2023-07-21 09:30, 2023-07-21T09:30, 2023/7/21 下午3点, 2019/12/10 15时30分. */
function readTimeAfterNumeric(tokens: Token[], at: number, parts: Parts): number {
  const separator = textAt(tokens, at);
  const timeAt = separator === ' ' || separator === '-' || separator === 'T' ? at + 1 : at;
  // after a dash only a colon time (2007-08-20-23:59:59): 2023-07-21-3 is not a time
  if (separator === '-' && !(tokens[timeAt]?.kind === 'digits' && textAt(tokens, timeAt + 1) === ':')) return at;
  const time: Parts = {};
  const afterPartOfDay = readPartOfDay(tokens, timeAt, time);
  const end = readTime(tokens, afterPartOfDay < 0 ? timeAt : afterPartOfDay, time);
  if (end < 0 || time.hour === undefined) return at;
  // a bare number after a space (2023-07-21 3) is not a time; 3点, 15:30 and 下午3点 are
  if (end === timeAt + 1 && afterPartOfDay < 0) return at;
  Object.assign(parts, time);
  return end;
}

/** 20230721. */
function readCompactDate(token: Token, at: number, parts: Parts): number {
  const year = Number(token.text.slice(0, 4));
  const month = Number(token.text.slice(4, 6));
  const day = Number(token.text.slice(6, 8));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return -1;
  parts.year = year;
  parts.month = month;
  parts.day = day;
  return at + 1;
}

/** The day of a year-month-day after its separator; 日/号 may close it (2021.5.8日). */
function readNumericDay(tokens: Token[], at: number, parts: Parts): number {
  const day = tokens[at];
  let value = day.value;
  // 2018-12-1209:03: the day and the hour ran together
  if (day.text.length === 4 && textAt(tokens, at + 1) === ':') {
    value = Number(day.text.slice(0, 2));
    const hour = Number(day.text.slice(2));
    const minute = tokens[at + 2];
    if (value < 1 || value > 31 || hour > 24 || minute?.kind !== 'digits' || minute.text.length !== 2 || minute.value >= 60) return -1;
    parts.day = value;
    parts.hour = hour;
    parts.minute = minute.value;
    return at + 3;
  }
  if (day.text.length > 2 || value < 1 || value > 31) return -1;
  parts.day = value;
  const unit = textAt(tokens, at + 1);
  if (unit === '日' || unit === '号') return at + 2;
  return readTimeAfterNumeric(tokens, at + 1, parts);
}

/** 2023-07-21, 2023.7.21, 2023/07/21, 2010 01 29, 2023-07, and 113/01/13 (a ROC year). */
function readYearMonthDay(tokens: Token[], at: number, parts: Parts, rocYear: boolean): number {
  const year = tokens[at];
  const firstSeparator = textAt(tokens, at + 1);
  const month = tokens[at + 2];
  if (!DATE_SEPARATORS.has(firstSeparator) || month?.kind !== 'digits' || month.text.length > 2 || month.value < 1 || month.value > 12) return -1;
  const secondSeparator = textAt(tokens, at + 3);
  const day = tokens[at + 4];
  const spaced = firstSeparator === ' ';
  if (DATE_SEPARATORS.has(secondSeparator) && day?.kind === 'digits' && spaced === (secondSeparator === ' ')) {
    // 2010 01 29 is a date only with two-digit month and day
    if (!spaced || (month.text.length === 2 && day.text.length === 2)) {
      const dated: Parts = {};
      const end = readNumericDay(tokens, at + 4, dated);
      if (end >= 0) {
        Object.assign(parts, dated, { year: year.value, month: month.value });
        if (rocYear) parts.yearForm = 'rocNumeric';
        return end;
      }
    }
  }
  // 2023-07 and 2023/07, but not 2023.07.5 cut short or 2023.07 (a decimal)
  if (rocYear || spaced || month.text.length !== 2) return -1;
  if (firstSeparator === '.' && secondSeparator === '.' && day?.kind === 'digits') return -1;
  parts.year = year.value;
  parts.month = month.value;
  return at + 3;
}

/** A four-digit number standing for a year without 年: 2018, 2020工作重点. */
function readBareYear(tokens: Token[], at: number, parts: Parts): number {
  const year = tokens[at];
  if (year.value < 1900 || year.value > 2099) return -1;
  const unit = textAt(tokens, skipSpace(tokens, at + 1));
  // 2018年 and 1997上半年 are read as years with their unit or period
  if (unit === '年' || unit === '年代' || unit === '年度' || unit === '上半年' || unit === '下半年') return -1;
  const after = textAt(tokens, at + 1);
  if (after === '' || tokens[at + 1].kind === 'space' || RANGE_CONNECTIVES.has(after) || CLAUSE_BOUNDARIES.has(after)) {
    parts.year = year.value;
    parts.yearForm = 'bare';
    return at + 1;
  }
  // 2020工作重点, 2017丝绸之路博览会: a year run into the words it qualifies, unless the word counts it
  if (tokens[at + 1].kind === 'word' && HAN.test(after) && !NOT_A_BARE_YEAR_AFTER.has(after[0])) {
    parts.year = year.value;
    parts.yearForm = 'bareBeforeWord';
    return at + 1;
  }
  return -1;
}

/** Numeric dates: 2023-07-21, 2023.7.21, 2023/07/21, 2010 01 29, 20230721, 2023-07, 09-01, 12/1, 6·30, 113/01/13, bare 2018. */
export function readNumeric(tokens: Token[], at: number, parts: Parts): number {
  const first = tokens[at];
  if (!first || first.kind !== 'digits') return -1;
  const length = first.text.length;
  if (length === 8) return readCompactDate(first, at, parts);
  if (length === 4 && first.value >= 1000 && first.value <= 2999) {
    const full = readYearMonthDay(tokens, at, parts, false);
    return full >= 0 ? full : readBareYear(tokens, at, parts);
  }
  if (length === 3 && first.value >= 100 && first.value <= 199 && (textAt(tokens, at + 1) === '/' || textAt(tokens, at + 1) === '-' || textAt(tokens, at + 1) === '.')) {
    return readYearMonthDay(tokens, at, parts, true);
  }
  if (length <= 2) {
    const separator = textAt(tokens, at + 1);
    const second = tokens[at + 2];
    if ((separator === '-' || separator === '/' || separator === '·') && second?.kind === 'digits' && second.text.length <= 2 && first.value >= 1 && first.value <= 12 && second.value >= 1 && second.value <= 31) {
      if (separator === '-' && (length !== 2 || second.text.length !== 2)) return -1;
      const after = textAt(tokens, at + 3);
      if (after === separator || after === '.' || tokens[at + 3]?.kind === 'digits') return -1;
      // 3/4以上, 1·1亿, 提高1/3: a fraction or a decimal, not a month and day. A month/day written
      // with / or · stands on its own (a header, a list) or after a preposition.
      const before = at > 0 ? tokens[at - 1] : null;
      const standsAlone = before === null || before.kind === 'space' || CLAUSE_BOUNDARIES.has(before.text) || SLASH_DATE_BEFORE.has(before.text);
      if (separator !== '-' && (COUNTED_AFTER.has(after) || FRACTION_AFTER.has(after[0]) || !standsAlone)) return -1;
      parts.month = first.value;
      parts.day = second.value;
      return readTimeAfterNumeric(tokens, at + 3, parts);
    }
  }
  return -1;
}

/** 5年前, 3年后, 两年前, 5天前, 20天后, 2个月前. */
export function readCountedOffset(tokens: Token[], at: number, parts: Parts): number {
  const count = readNumber(tokens, at);
  if (!count || count.value < 1 || count.value > 999) return -1;
  let next = count.next;
  let unit = textAt(tokens, next);
  if (unit === '个' && textAt(tokens, next + 1) === '月') {
    next++;
    unit = '月';
  }
  if (unit !== '年' && unit !== '天' && unit !== '月') return -1;
  const direction = textAt(tokens, next + 1);
  if (direction !== '前' && direction !== '后') return -1;
  if (isNumberAt(tokens, next + 2) || (count.chinese && count.digitByDigit && count.length > 1)) return -1;
  if (unit === '月' && tokens[next - 1].text !== '个') return -1;
  if (at > 0 && ['第', '前', '近'].includes(tokens[at - 1].text)) return -1;
  const shift = direction === '前' ? -count.value : count.value;
  if (unit === '年') parts.yearShift = shift;
  else if (unit === '月') parts.monthShift = shift;
  else parts.dayShift = shift;
  return next + 2;
}

/** 上世纪90年代, 20世纪80年代, 九十年代, 18世纪, 二十世纪九十年代末期. */
export function readDecade(tokens: Token[], at: number, parts: Parts): number {
  let next = at;
  let century = -1;
  const first = textAt(tokens, next);
  if (first === '上世纪' || first === '本世纪') {
    century = first === '上世纪' ? 20 : 21;
    next++;
  } else {
    const number = readNumber(tokens, next);
    if (number && textAt(tokens, number.next) === '世纪' && number.value >= 1 && number.value <= 21) {
      century = number.value;
      next = number.next + 1;
    }
  }
  const decade = readNumber(tokens, next);
  let from: number;
  let to: number;
  let grain: 'decade' | 'century' = 'decade';
  if (decade && textAt(tokens, decade.next) === '年代' && decade.value % 10 === 0 && decade.value < 100) {
    const base = century > 0 ? (century - 1) * 100 : decade.value < 20 ? 2000 : 1900;
    from = base + decade.value;
    to = from + 9;
    next = decade.next + 1;
  } else if (century > 0) {
    from = (century - 1) * 100;
    to = from + 99;
    grain = 'century';
  } else return -1;
  const edge = textAt(tokens, next);
  if (grain === 'decade' && (edge === '末期' || edge === '末')) {
    from = to - 2;
    next++;
  } else if (grain === 'decade' && (edge === '前期' || edge === '初期' || edge === '初')) {
    to = from + 2;
    next++;
  } else if (grain === 'decade' && edge === '中期') {
    from += 4;
    to = from + 2;
    next++;
  }
  parts.yearSpan = { from, to, grain };
  return next;
}

/**
 * Festival words that name a day only after a year: 新年 is far more often "the new year" in general (迎接新年,
 * 新年音乐会) than 1 January (2024年新年).
 */
export const FESTIVALS_NEEDING_YEAR: ReadonlySet<string> = new Set(['新年']);

/** 春节, 中秋节, 除夕, 国庆, 五一 … */
export function readFestival(tokens: Token[], at: number, parts: Parts, afterYear = false): number {
  const text = textAt(tokens, at);
  const festival = FESTIVAL_WORDS[text];
  if (festival && FESTIVALS_NEEDING_YEAR.has(text) && !afterYear) return -1;
  if (festival) {
    parts.festival = festival;
    return at + 1;
  }
  if (tokens[at]?.kind === 'numeral' && text === '五一' && !COUNTED_AFTER.has(textAt(tokens, at + 1))) {
    parts.festival = 'labourDay';
    return textAt(tokens, at + 1) === '劳动节' ? at + 2 : at + 1;
  }
  return -1;
}
