/**
 * Grammar readers for months and the periods of a month: 7月, 七月份, 本月, 上个月, 正月, 闰四月;
 * 上旬, 月底, 月初, 上半月, 第二周, 前两天, 最后五天, 第一个周二.
 */
import type { Token } from '../lexer.js';
import type { Parts } from '../parts.js';
import { LUNAR_MONTH_NAMES, RELATIVE_MONTHS, WEEKDAYS } from '../vocabulary.js';
import { isNumberAt, readNumber, readShifts, skipSpace, textAt, unitAhead } from './tokens.js';

/** 上个月, 下下个月, 这个月, 本月 written with 上/下/这/本. */
function readShiftedMonth(tokens: Token[], at: number, parts: Parts): number {
  const first = textAt(tokens, at);
  const { shift, next: afterShifts } = readShifts(tokens, at);
  let next = afterShifts === at ? at + 1 : afterShifts;
  if (textAt(tokens, next) === '一' && textAt(tokens, next + 1) === '个') next += 2;
  else if (textAt(tokens, next) === '个') next++;
  else if (next === at + 1 && first === '这') return -1;
  if (textAt(tokens, next) !== '月' && textAt(tokens, next) !== '月份') return -1;
  parts.monthShift = shift;
  return next + 1;
}

/** 7月, 七月份, 本月, 上个月, 这个月, 正月, 闰四月, and 1 in 1至6月. */
export function readMonth(tokens: Token[], at: number, parts: Parts): number {
  const text = textAt(tokens, at);
  const relative = RELATIVE_MONTHS[text];
  if (relative) {
    parts.monthShift = relative[0];
    if (relative[1]) parts.monthFromContext = true;
    return at + 1;
  }
  if (LUNAR_MONTH_NAMES[text]) {
    parts.month = LUNAR_MONTH_NAMES[text];
    parts.lunar = true;
    return at + 1;
  }
  if (text === '上' || text === '下' || text === '这' || text === '本') return readShiftedMonth(tokens, at, parts);
  let numberAt = at;
  if (text === '闰') {
    parts.leapMonth = true;
    parts.lunar = true;
    numberAt++;
  }
  const number = readNumber(tokens, numberAt);
  if (!number || number.value < 1 || number.value > 12 || number.length > 2 || (number.chinese && number.digitByDigit && number.length > 1)) return -1;
  const unitAt = skipSpace(tokens, number.next);
  const unit = textAt(tokens, unitAt);
  if (unit === '月' || unit === '月份') {
    parts.month = number.value;
    return unit === '月' && textAt(tokens, unitAt + 1) === '份' ? unitAt + 2 : unitAt + 1;
  }
  if (unitAhead(tokens, numberAt) === '月') {
    parts.month = number.value;
    return number.next;
  }
  return -1;
}

/** 第二周, 第一个周二 in a month. */
function readNumberedWeekOfMonth(tokens: Token[], at: number, parts: Parts): number {
  const count = readNumber(tokens, skipSpace(tokens, at + 1));
  if (!count || count.value < 1 || count.value > 5) return -1;
  let next = count.next;
  const withMeasure = textAt(tokens, next) === '个';
  if (withMeasure) next++;
  const unit = textAt(tokens, next);
  if (unit !== '周' && unit !== '星期' && unit !== '礼拜') return -1;
  const weekday = WEEKDAYS[textAt(tokens, next + 1)];
  if (withMeasure && weekday) {
    parts.period = { kind: 'nthWeekdayOfMonth', nth: count.value, weekday };
    return next + 2;
  }
  parts.period = { kind: 'weekOfMonth', week: count.value };
  return next + 1;
}

/** 上旬, 月底, 初, 上半月, 第二周, 前两天, 最后五天, 第一个周二 (after a month, or 月底 alone). */
export function readMonthPeriod(tokens: Token[], at: number, parts: Parts): number {
  let next = textAt(tokens, at) === '的' ? at + 1 : at;
  let text = textAt(tokens, next);
  if (text === '上旬' || text === '中旬' || text === '下旬') {
    parts.period = { kind: 'tenDays', third: text === '上旬' ? 1 : text === '中旬' ? 2 : 3 };
    return next + 1;
  }
  if (text === '上半月' || text === '下半月') {
    parts.period = { kind: 'halfMonth', half: text === '上半月' ? 1 : 2 };
    return next + 1;
  }
  if (text === '月' && next === at) {
    next++;
    text = textAt(tokens, next);
  }
  if (text === '初' && !isNumberAt(tokens, next + 1)) {
    parts.period = { kind: 'monthEdge', edge: 'start' };
    return next + 1;
  }
  if (text === '底' || text === '末') {
    parts.period = { kind: 'monthEdge', edge: 'end' };
    return next + 1;
  }
  if (text === '第') return readNumberedWeekOfMonth(tokens, next, parts);
  if (text === '前' || text === '最后') {
    const count = readNumber(tokens, skipSpace(tokens, next + 1));
    if (!count || count.value < 1 || count.value > 31) return -1;
    const unitAt = skipSpace(tokens, count.next);
    if (textAt(tokens, unitAt) !== '天') return -1;
    parts.period = text === '前' ? { kind: 'firstDaysOfMonth', from: 1, to: count.value } : { kind: 'lastDaysOfMonth', count: count.value };
    return unitAt + 1;
  }
  return -1;
}
