/** Calendar readers: years, year periods, quarters, months, month periods, days and weeks. */
import type { Parts } from '../parts.js';
import {
  COUNT_AFTER, DURATION_BEFORE, LUNAR_MONTH, MAX_SHIFT, REL_DAY, REL_MONTH, REL_YEAR, WEEKDAY, isNum, readNum, sp, tt,
  unitAhead, type Num, type T,
} from './words.js';

function yearFromNum(n: Num, p: Parts): boolean {
  if (n.cn && !n.digitwise) {
    if (n.v < 1000 || n.v > 2999) return false;
    p.y = n.v;
    return true;
  }
  if (n.len === 4 && n.v >= 1000 && n.v <= 2999) p.y = n.v;
  else if (n.len === 2) {
    p.y = n.v;
    p.y2 = true;
  } else if (n.len === 3 && n.v >= 100) p.y = n.v;
  else return false;
  return true;
}

/** 2023年, 二〇二三年, 07年, 今年, 上一年 … */
export function readYear(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  const rel = REL_YEAR[t];
  if (rel) {
    p.yRel = rel[0];
    if (rel[1]) p.yCtx = true;
    return i + 1;
  }
  if ((t === '上' || t === '下' || t === '这' || t === '本') && tt(T, i + 1) === '一' && tt(T, i + 2) === '年') {
    p.yRel = t === '上' ? -1 : t === '下' ? 1 : 0;
    return i + 3;
  }
  const n = readNum(T, i);
  if (!n) return -1;
  const j = sp(T, n.i);
  const hasNian = tt(T, j) === '年';
  if (!hasNian && !(n.len === 4 && !n.cn && unitAhead(T, i) === '年')) return -1;
  const q: Parts = {};
  if (!yearFromNum(n, q)) return -1;
  if (n.len < 4 && !n.cn && T[i].t[0] !== '0' && hasNian) {
    const before = i > 0 ? T[i - 1].t : '';
    const m = readNum(T, sp(T, j + 1));
    const monthFollows = m !== null && (tt(T, m.i) === '月' || tt(T, m.i) === '月份');
    if (DURATION_BEFORE.has(before) && !monthFollows) return -1;
  }
  if (n.cn && n.digitwise && n.len < 2) return -1;
  Object.assign(p, q);
  return hasNian ? j + 1 : n.i;
}

/** 上半年, 年底, 第三季度, 前两个季度, 首月, 前五个月, 第一周, 第十天 … (after a year or alone) */
export function readYearPeriod(T: T, i: number, p: Parts, hadYear: boolean): number {
  let t = tt(T, i);
  if (t === '的' && hadYear) {
    const r = readYearPeriod(T, i + 1, p, hadYear);
    return r;
  }
  if (t === '同期' && hadYear) {
    p.same = true;
    return i + 1;
  }
  if (t === '上半年' || t === '下半年') {
    p.per = { k: 'half', n: t === '上半年' ? 1 : 2 };
    return i + 1;
  }
  if (t === '暑假' || t === '寒假') {
    p.per = { k: t === '暑假' ? 'summer' : 'winter' };
    return i + 1;
  }
  // 年初/年底 alone, or 明年年初: the 年 is optional after a year.
  let j = i;
  if (t === '年' && (tt(T, i + 1) === '初' || tt(T, i + 1) === '底' || tt(T, i + 1) === '末')) j = i + 1;
  t = tt(T, j);
  if (t === '伊始' && hadYear) {
    p.per = { k: 'months', from: 1, to: 1 };
    return j + 1;
  }
  if (t === '初') {
    if (!hadYear && j === i) return -1;
    p.per = { k: 'yedge', edge: 'start' };
    return j + 1;
  }
  if (t === '底' || t === '末') {
    if (!hadYear && j === i) return -1;
    p.per = { k: 'yedge', edge: 'end' };
    return j + 1;
  }
  if (!hadYear) return readQuarter(T, i, p);
  const q = readQuarter(T, i, p);
  if (q >= 0) return q;
  // 第N周 / 第N个星期 / 第N个月 / 第N天 / 首月 / 前N个月 / 后N个月 / 前N天
  if (t === '首' && tt(T, i + 1) === '月') {
    p.per = { k: 'months', from: 1, to: 1 };
    return i + 2;
  }
  if (t === '第') {
    const n = readNum(T, sp(T, i + 1));
    if (!n || n.v < 1) return -1;
    let k = n.i;
    const ge = tt(T, k) === '个';
    if (ge) k++;
    const u = tt(T, k);
    if (u === '周' || u === '星期' || u === '礼拜') {
      if (n.v > 53) return -1;
      p.per = { k: 'yweek', n: n.v };
      return k + 1;
    }
    if (u === '月' && ge && n.v <= 12) {
      p.per = { k: 'months', from: n.v, to: n.v };
      return k + 1;
    }
    if (u === '天' && n.v <= 366) {
      p.per = { k: 'ydays', from: n.v, to: n.v };
      return k + 1;
    }
    return -1;
  }
  if (t === '前' || t === '后' || t === '最后') {
    const n = readNum(T, sp(T, i + 1));
    if (!n || n.v < 1) return -1;
    let k = sp(T, n.i);
    if (tt(T, k) === '个') k++;
    const u = tt(T, k);
    if (u === '月' && n.v <= 12) {
      p.per = t === '前' ? { k: 'months', from: 1, to: n.v } : { k: 'lastMonths', n: n.v };
      return k + 1;
    }
    if (u === '天' && t === '前' && n.v <= 366) {
      p.per = { k: 'ydays', from: 1, to: n.v };
      return k + 1;
    }
    return -1;
  }
  return -1;
}

/** 第三季度, 一季度, 首季度, Q1, 前三季度, 上个季度, 一季度末 … */
function readQuarter(T: T, i: number, p: Parts): number {
  let t = tt(T, i);
  let j = i;
  let from = 0;
  let to = 0;
  if (t === 'Q' && T[i + 1]?.k === 'num') {
    from = to = T[i + 1].v;
    j = i + 2;
    if (tt(T, j) === '季度') j++;
  } else {
    if (t === '第' || t === '首' || t === '前') j++;
    let n: Num | null = null;
    if (t !== '首') {
      n = readNum(T, j);
      if (!n) return -1;
      j = n.i;
      if (tt(T, j) === '个') j++;
    }
    if (tt(T, j) !== '季度') return -1;
    j++;
    if (t === '前') {
      from = 1;
      to = n!.v;
    } else from = to = t === '首' ? 1 : n!.v;
  }
  if (from < 1 || to > 4 || to < from) return -1;
  t = tt(T, j);
  if (from === to && (t === '初' || t === '末' || t === '底')) {
    p.per = { k: 'qedge', q: from, edge: t === '初' ? 'start' : 'end' };
    return j + 1;
  }
  p.per = { k: 'quarters', from, to };
  return j;
}

/** 上个季度, 本季度, 上季度末 (no year). */
export function readRelQuarter(T: T, i: number, p: Parts): number {
  let j = i;
  let rel = 0;
  let any = false;
  while ((tt(T, j) === '上' || tt(T, j) === '下') && j - i < MAX_SHIFT) {
    rel += tt(T, j) === '上' ? -1 : 1;
    j++;
    any = true;
  }
  if (!any && (tt(T, j) === '本' || tt(T, j) === '这' || tt(T, j) === '当')) {
    j++;
    any = true;
  }
  if (!any) return -1;
  if (tt(T, j) === '个') j++;
  if (tt(T, j) !== '季度') return -1;
  j++;
  const t = tt(T, j);
  p.qRel = rel;
  if (t === '初' || t === '末' || t === '底') {
    p.per = { k: 'qedge', q: 0, edge: t === '初' ? 'start' : 'end' };
    return j + 1;
  }
  p.per = { k: 'quarters', from: 0, to: 0 };
  return j;
}

/** 7月, 七月份, 本月, 上个月, 这个月, 正月, 闰四月 … */
export function readMonth(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  const rel = REL_MONTH[t];
  if (rel) {
    p.mRel = rel[0];
    if (rel[1]) p.mCtx = true;
    return i + 1;
  }
  if (LUNAR_MONTH[t]) {
    p.m = LUNAR_MONTH[t];
    p.lunar = true;
    return i + 1;
  }
  if (t === '上' || t === '下' || t === '这' || t === '本') {
    let j = i;
    let r = 0;
    while ((tt(T, j) === '上' || tt(T, j) === '下') && j - i < MAX_SHIFT) {
      r += tt(T, j) === '上' ? -1 : 1;
      j++;
    }
    if (j === i) j++;
    if (tt(T, j) === '一' && tt(T, j + 1) === '个') j += 2;
    else if (tt(T, j) === '个') j++;
    else if (j === i + 1 && (t === '这')) return -1;
    if (tt(T, j) !== '月' && tt(T, j) !== '月份') return -1;
    p.mRel = r;
    return j + 1;
  }
  let j = i;
  if (t === '闰') {
    p.leap = true;
    p.lunar = true;
    j++;
  }
  const n = readNum(T, j);
  if (!n) return -1;
  if (n.v < 1 || n.v > 12 || n.len > 2 || (n.cn && n.digitwise && n.len > 1)) return -1;
  const k = sp(T, n.i);
  if (tt(T, k) === '月' || tt(T, k) === '月份') {
    p.m = n.v;
    return tt(T, k) === '月' && tt(T, k + 1) === '份' ? k + 2 : k + 1;
  }
  if (unitAhead(T, j) === '月') {
    p.m = n.v;
    return n.i;
  }
  return -1;
}

/** 上旬, 月底, 初, 上半月, 第二周, 前两天, 最后五天, 第一个周二 (after a month). */
export function readMonthPeriod(T: T, i: number, p: Parts): number {
  let j = i;
  if (tt(T, j) === '的') j++;
  let t = tt(T, j);
  if (t === '上旬' || t === '中旬' || t === '下旬') {
    p.per = { k: 'xun', n: t === '上旬' ? 1 : t === '中旬' ? 2 : 3 };
    return j + 1;
  }
  if (t === '上半月' || t === '下半月') {
    p.per = { k: 'mhalf', n: t === '上半月' ? 1 : 2 };
    return j + 1;
  }
  if (t === '月' && j === i) {
    j++;
    t = tt(T, j);
  }
  if (t === '初' && !isNum(T, j + 1)) {
    p.per = { k: 'medge', edge: 'start' };
    return j + 1;
  }
  if (t === '底' || t === '末') {
    p.per = { k: 'medge', edge: 'end' };
    return j + 1;
  }
  if (t === '第') {
    const n = readNum(T, sp(T, j + 1));
    if (!n || n.v < 1 || n.v > 5) return -1;
    let k = n.i;
    const ge = tt(T, k) === '个';
    if (ge) k++;
    const u = tt(T, k);
    if (u === '周' || u === '星期' || u === '礼拜') {
      const wd = WEEKDAY[tt(T, k + 1)];
      if (ge && wd) {
        p.per = { k: 'mnthWeekday', n: n.v, wd };
        return k + 2;
      }
      p.per = { k: 'mweek', n: n.v };
      return k + 1;
    }
    return -1;
  }
  if (t === '前' || t === '最后') {
    const n = readNum(T, sp(T, j + 1));
    if (!n || n.v < 1 || n.v > 31) return -1;
    const k = sp(T, n.i);
    if (tt(T, k) !== '天') return -1;
    p.per = t === '前' ? { k: 'mdays', from: 1, to: n.v } : { k: 'mlastDays', n: n.v };
    return k + 1;
  }
  return -1;
}

/** 21日, 二十一号, 初一, 今天, 今(3)日, and after a month a bare 十五 / 31. */
export function readDay(T: T, i: number, p: Parts, afterMonth: boolean): number {
  const t = tt(T, i);
  const rel = REL_DAY[t];
  if (rel && !afterMonth) {
    p.dRel = rel[0];
    if (rel[1]) p.dCtx = true;
    if (rel[2]) p.pod = rel[2];
    return i + 1;
  }
  if (t === '今' && tt(T, i + 1) === '(' && T[i + 2]?.k === 'num' && tt(T, i + 3) === ')' && tt(T, i + 4) === '日') {
    const v = T[i + 2].v;
    if (v < 1 || v > 31) return -1;
    p.d = v;
    p.mRel = 0;
    return i + 5;
  }
  if (t === '大年') {
    if (tt(T, i + 1) === '初') {
      const n = readNum(T, i + 2);
      if (!n || n.v < 1 || n.v > 10) return -1;
      p.m = 1;
      p.d = n.v;
      p.lunar = true;
      return n.i;
    }
    if (tt(T, i + 1) === '三十' || tt(T, i + 1) === '廿九') {
      p.hol = 'eve';
      return i + 2;
    }
    return -1;
  }
  if (t === '初' && afterMonth) {
    const n = readNum(T, i + 1);
    if (!n || n.v < 1 || n.v > 10 || n.len > 1) return -1;
    p.d = n.v;
    p.lunar = true;
    return n.i;
  }
  const n = readNum(T, i);
  if (!n || n.v < 1 || n.v > 31 || n.len > (n.cn ? 3 : 2)) return -1;
  if (n.cn && n.digitwise && n.len > 1 && !afterMonth) return -1;
  const k = sp(T, n.i);
  const u = tt(T, k);
  if (u === '日' || u === '号') {
    p.d = n.v;
    return k + 1;
  }
  if (afterMonth && !COUNT_AFTER.has(u) && !isNum(T, n.i)) {
    // 八月十五, 1月3; 廿/卅 are the lunar way of writing days
    if (n.cn && /[廿卅]/.test(T[i].t)) p.lunar = true;
    if (n.cn && n.digitwise && n.len > 1) {
      // 九月一五 is not a day; 一月二十三 is (positional)
      return -1;
    }
    p.d = n.v;
    return n.i;
  }
  const ua = unitAhead(T, i);
  if (ua === '日' || ua === '号') {
    p.d = n.v;
    return n.i;
  }
  return -1;
}

/** 周五, 星期五, 上周五, 下下周日, 这个星期一, 上周, 本周, 周末, 下周周六 … */
export function readWeek(T: T, i: number, p: Parts): number {
  let j = i;
  let rel = 0;
  let prefixed = false;
  while ((tt(T, j) === '上' || tt(T, j) === '下') && j - i < MAX_SHIFT) {
    rel += tt(T, j) === '上' ? -1 : 1;
    j++;
    prefixed = true;
  }
  if (!prefixed && (tt(T, j) === '本' || tt(T, j) === '这')) {
    j++;
    prefixed = true;
  }
  if (prefixed) {
    if (tt(T, j) === '一' && (tt(T, j + 1) === '周' || tt(T, j + 1) === '个')) j++;
    if (tt(T, j) === '个') j++;
  }
  const u = tt(T, j);
  if (u === '周末') {
    p.wRel = rel;
    p.per = { k: 'weekend' };
    return j + 1;
  }
  if (u !== '周' && u !== '星期' && u !== '礼拜') return -1;
  j++;
  if (tt(T, j) === '周' || tt(T, j) === '星期') {
    if (WEEKDAY[tt(T, j + 1)]) j++;
  }
  const wd = WEEKDAY[tt(T, j)];
  if (wd && !(tt(T, j) === '七' && u === '周')) {
    // 周一 of 周一次 / 一周一 … only the weekday reading is wanted here
    p.wRel = rel;
    p.wd = wd;
    return j + 1;
  }
  if (!prefixed) return -1;
  p.wRel = rel;
  return j;
}
