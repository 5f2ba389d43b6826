/**
 * Composing rules over tokens. Each reader takes the token list, a position and the Parts being
 * built, and returns the position after what it consumed or -1. Readers look ahead a bounded
 * number of tokens, so trying them at every position stays linear.
 */
import type { Tok } from '../lexer.js';
import type { Expr, Parts } from '../parts.js';
import { readAgo, readClock, readDecade, readHoliday, readNumeric } from './clock.js';
import { readDay, readMonth, readMonthPeriod, readRelQuarter, readWeek, readYear, readYearPeriod } from './date.js';
import { CONN, HOLIDAY_WORDS, LUNAR_MONTH, POD, POD_CHAR, REL_DAY, REL_MONTH, REL_YEAR, readConn, sp, tt, type T } from './words.js';

export { HOLIDAY_WORDS, readConn } from './words.js';

/** One date/time point at token i, or null. */
export function readPoint(T: T, i: number): { p: Parts; i: number } | null {
  const p: Parts = {};
  let j = readNumeric(T, i, p);
  if (j >= 0) return { p, i: j };
  j = readDecade(T, i, p);
  if (j >= 0) return { p, i: j };
  j = readAgo(T, i, p);
  if (j >= 0) return { p, i: j };
  j = i;
  if (tt(T, j) === '农历' || tt(T, j) === '阴历') {
    p.lunar = true;
    j = sp(T, j + 1);
  }
  let hasDate = false;
  const y = readYear(T, j, p);
  const hadYear = y >= 0;
  if (hadYear) {
    j = y;
    hasDate = true;
    const k = sp(T, j);
    if (tt(T, k) === '农历' || tt(T, k) === '阴历') {
      p.lunar = true;
      j = k + 1;
    } else if (T[k]?.k !== 'sp') {
      // keep j
    }
  }
  const per = readYearPeriod(T, j, p, hadYear);
  if (per >= 0) {
    j = per;
    hasDate = true;
    return { p, i: readClock(T, j, p, true) };
  }
  const rq = hadYear ? -1 : readRelQuarter(T, j, p);
  if (rq >= 0) return { p, i: rq };
  const hol = readHoliday(T, j, p, hadYear);
  if (hol >= 0) {
    j = hol;
    return { p, i: readClock(T, j, p, true) };
  }
  const mStart = hadYear ? sp(T, j) : j;
  if (!hadYear) {
    // 上旬, 月底, 上半月 alone: this month
    const q: Parts = {};
    const mp = readMonthPeriod(T, j, q);
    const first = tt(T, j);
    if (mp >= 0 && (first === '月' || first === '上旬' || first === '中旬' || first === '下旬' || first === '上半月' || first === '下半月')) {
      Object.assign(p, q, { mRel: 0 });
      return { p, i: readClock(T, mp, p, true) };
    }
  }
  const m = readMonth(T, mStart, p);
  if (m >= 0) {
    j = m;
    hasDate = true;
    const mp = readMonthPeriod(T, j, p);
    if (mp >= 0) return { p, i: readClock(T, mp, p, true) };
    const d = readDay(T, j, p, true);
    if (d >= 0) j = d;
  } else if (!hadYear || tt(T, j) === '大年') {
    const d = readDay(T, j, p, false);
    if (d >= 0) {
      j = d;
      hasDate = true;
    } else if (!hadYear) {
      const w = readWeek(T, j, p);
      if (w >= 0) {
        j = w;
        hasDate = true;
      }
    }
  }
  if (p.d !== undefined && p.wd === undefined) {
    // 10月12号，星期一 / 6月1日周六: a weekday in apposition belongs to the date
    let k = j;
    if (tt(T, k) === '，' || tt(T, k) === ',' || T[k]?.k === 'sp') k++;
    const q: Parts = {};
    const w = readWeek(T, k, q);
    if (w >= 0 && q.wd !== undefined && q.wRel === 0 && (tt(T, k) === '周' || tt(T, k) === '星期' || tt(T, k) === '礼拜')) j = w;
  }
  if (p.hol === undefined && p.d === undefined && p.wd === undefined && p.dRel === undefined && p.m === undefined && p.mRel === undefined && hadYear && tt(T, j) !== '' ) {
    // 2023年感恩节, 零六年端午
    const h = readHoliday(T, j, p, true);
    if (h >= 0) j = h;
  }
  const c = readClock(T, j, p, hasDate);
  if (c === i && !hasDate) return null;
  if (c === i) return null;
  return { p, i: c };
}

const STARTERS = new Set<string>([
  ...Object.keys(REL_YEAR), ...Object.keys(REL_MONTH), ...Object.keys(REL_DAY), ...Object.keys(POD),
  ...Object.keys(POD_CHAR), ...Object.keys(LUNAR_MONTH), ...Object.keys(HOLIDAY_WORDS),
  '上', '下', '这', '本', '当', '周', '星期', '礼拜', '周末', '年', '月', '上旬', '中旬', '下旬', '上半月', '下半月',
  '上半年', '下半年', '农历', '阴历', '大年', '闰', '今', '第', '首', '前', '零时', '零点', '上世纪', '本世纪',
  '明后两天', '明后天', '暑假', '寒假', 'Q',
]);

/** True when an expression can begin at this token (a cheap filter before {@link readExpr}). */
export function canStart(tok: Tok): boolean {
  return tok.k === 'num' || tok.k === 'cn' || STARTERS.has(tok.t);
}

/** A point or a range starting at token i. */
export function readExpr(T: T, i: number): Expr | null {
  if (tt(T, i) === '明后两天' || tt(T, i) === '明后天') {
    return { a: { dRel: 1 }, b: { dRel: 2 }, ts: i, te: i + 1 };
  }
  const a = readPoint(T, i);
  if (!a) return null;
  let j = a.i;
  if (a.p.d !== undefined && a.p.h === undefined && !a.p.lunar) {
    // 9月10号、11号、12号: consecutive days listed one by one cover the days between
    let last = a.p.d;
    let k = j;
    let endTok = -1;
    while ((tt(T, k) === '，' || tt(T, k) === '、' || tt(T, k) === ',') && T[k + 1]?.k === 'num' && T[k + 1].v === last + 1 && (tt(T, k + 2) === '号' || tt(T, k + 2) === '日')) {
      last++;
      k += 3;
      endTok = k;
    }
    if (endTok > 0 && last - a.p.d >= 2) return { a: a.p, b: { d: last }, ts: i, te: endTok };
  }
  // 至今: '今' stays a single token only when it is not the start of 今年/今天 …
  if (tt(T, j) === '至' && tt(T, j + 1) === '今') return { a: a.p, b: { now: true }, ts: i, te: j + 2 };
  if (tt(T, j) === '起' && CONN.has(tt(T, j + 1))) j++;
  j = sp(T, j);
  const c = readConn(T, j);
  if (c < 0) return { a: a.p, ts: i, te: a.i };
  const b = readPoint(T, sp(T, c));
  if (!b || !compatible(a.p, b.p)) return { a: a.p, ts: i, te: a.i };
  return { a: a.p, b: b.p, ts: i, te: b.i };
}

// A range joins like with like: a date to a date, a clock time to a clock time.
function compatible(a: Parts, b: Parts): boolean {
  const aTime = a.h !== undefined;
  const bTime = b.h !== undefined;
  const bDate = b.y !== undefined || b.yRel !== undefined || b.m !== undefined || b.mRel !== undefined || b.d !== undefined || b.dRel !== undefined || b.wd !== undefined || b.hol !== undefined;
  if (!aTime && bTime && !bDate) return false;
  if (a.bareYear && !(b.y !== undefined && b.m === undefined) && !b.bareYear && b.y === undefined) return false;
  return true;
}
