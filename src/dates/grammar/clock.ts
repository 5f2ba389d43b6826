/** Part of day, clock times, numeric dates, "N年前", decades, holidays and readClock. */
import type { Parts } from '../parts.js';
import {
  BOUNDARY, CONN, COUNT_AFTER, HOLIDAY_WORDS, POD, POD_CHAR, POINT_NOT_CLOCK, isNum, readNum, sp, tt, unitAhead, type T,
} from './words.js';

/** 上午, 晚上, 今晚 (a relative day with a part of day) … */
function readPod(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  const pod = POD[t];
  if (pod) {
    p.pod = pod;
    return i + 1;
  }
  const c = POD_CHAR[t];
  if (c && isNum(T, i + 1)) {
    p.pod = c;
    return i + 1;
  }
  return -1;
}

/** 9时30分, 下午3点, 十一点半, 5点一刻, 15:30, 17:55:23, 零时 … */
function readTime(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  if (t === '零时' || t === '零点') {
    p.h = 0;
    return tt(T, i + 1) === '整' ? i + 2 : i + 1;
  }
  const n = readNum(T, i);
  if (!n || n.v > 24 || n.len > 2) return -1;
  // HH:MM[:SS]
  if (!n.cn && tt(T, n.i) === ':' && T[n.i + 1]?.k === 'num' && T[n.i + 1].t.length === 2) {
    const mi = T[n.i + 1].v;
    if (mi > 59) return -1;
    p.h = n.v;
    p.mi = mi;
    let j = n.i + 2;
    if (tt(T, j) === ':' && T[j + 1]?.k === 'num' && T[j + 1].t.length === 2 && T[j + 1].v < 60) {
      p.sec = T[j + 1].v;
      j += 2;
    }
    if (tt(T, j) === '时') j++;
    return j;
  }
  let j = n.i;
  let u = tt(T, j);
  if (u !== '时' && u !== '点' && u !== '点钟') {
    const ua = unitAhead(T, i);
    if (ua !== '点') return -1;
    p.h = n.v;
    return n.i;
  }
  j++;
  p.h = n.v;
  if (u === '点钟') return tt(T, j) === '整' ? j + 1 : j;
  u = tt(T, j);
  if (u === '钟' || u === '整') return j + 1;
  if (u === '半') {
    p.mi = 30;
    return j + 1;
  }
  if (u === '多') return tt(T, j + 1) === '钟' ? j + 2 : j + 1;
  const m = readNum(T, j);
  if (m) {
    const v = tt(T, m.i);
    if (v === '刻' && m.v >= 1 && m.v <= 3) {
      p.mi = m.v * 15;
      return m.i + 1;
    }
    if (m.v <= 59 && (m.len <= 2 || (m.cn && m.len <= 3))) {
      if (v === '分') {
        p.mi = m.v;
        let k = m.i + 1;
        const s = readNum(T, k);
        if (s && tt(T, s.i) === '秒' && s.v <= 59) {
          p.sec = s.v;
          k = s.i + 1;
        }
        return k;
      }
      if (!COUNT_AFTER.has(v) && v !== '刻' && !(T[m.i]?.k === 'num')) {
        p.mi = m.v;
        return m.i;
      }
    }
  }
  return j;
}

/** Numeric dates: 2023-07-21, 2023.7.21, 2023/07/21, 2010 01 29, 20230721, 2023-07, 09-01, 12/1, 6·30, bare 2018. */
export function readNumeric(T: T, i: number, p: Parts): number {
  const a = T[i];
  if (!a || a.k !== 'num') return -1;
  const L = a.t.length;
  if (L === 8) {
    const y = Number(a.t.slice(0, 4));
    const m = Number(a.t.slice(4, 6));
    const d = Number(a.t.slice(6, 8));
    if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
    p.y = y;
    p.m = m;
    p.d = d;
    return i + 1;
  }
  if (L === 4 && a.v >= 1000 && a.v <= 2999) {
    const s1 = tt(T, i + 1);
    const b = T[i + 2];
    if ((s1 === '-' || s1 === '/' || s1 === '.' || s1 === ' ') && b?.k === 'num' && b.t.length <= 2 && b.v >= 1 && b.v <= 12) {
      const s2 = tt(T, i + 3);
      const c = T[i + 4];
      if ((s2 === '-' || s2 === '/' || s2 === '.' || s2 === ' ') && c?.k === 'num' && (s1 === ' ') === (s2 === ' ')) {
        let dv = c.v;
        let dl = c.t.length;
        let splitTime = false;
        // 2018-12-1209:03: the day and the hour ran together
        if (dl === 4 && tt(T, i + 5) === ':') {
          dv = Number(c.t.slice(0, 2));
          dl = 2;
          splitTime = true;
        }
        if (dl <= 2 && dv >= 1 && dv <= 31 && (s1 !== ' ' || (b.t.length === 2 && dl === 2))) {
          p.y = a.v;
          p.m = b.v;
          p.d = dv;
          let j = i + 5;
          if (splitTime) {
            const h = Number(c.t.slice(2));
            const mi = T[i + 6];
            if (h <= 24 && mi?.k === 'num' && mi.t.length === 2 && mi.v < 60) {
              p.h = h;
              p.mi = mi.v;
              return i + 7;
            }
            return -1;
          }
          return readTimeAfterNumeric(T, j, p);
        }
      }
      if (s1 !== ' ' && b.t.length === 2 && (s1 !== '.' || !(s2 === '.' && c?.k === 'num'))) {
        p.y = a.v;
        p.m = b.v;
        return i + 3;
      }
    }
    // A bare 2018 is a year only where nothing suggests a count or an identifier.
    if (a.v < 1900 || a.v > 2099) return -1;
    const nx = sp(T, i + 1);
    if (tt(T, nx) === '年' || tt(T, nx) === '年代') return -1;
    const after = tt(T, i + 1);
    if (after !== '' && T[i + 1].k !== 'sp' && !CONN.has(after) && !BOUNDARY.has(after)) return -1;
    p.y = a.v;
    p.bareYear = true;
    return i + 1;
  }
  if (L <= 2) {
    const s1 = tt(T, i + 1);
    const b = T[i + 2];
    if ((s1 === '-' || s1 === '/' || s1 === '·') && b?.k === 'num' && b.t.length <= 2 && a.v >= 1 && a.v <= 12 && b.v >= 1 && b.v <= 31) {
      if (s1 === '-' && (L !== 2 || b.t.length !== 2)) return -1;
      if (tt(T, i + 3) === s1 || tt(T, i + 3) === '.' || T[i + 3]?.k === 'num') return -1;
      p.m = a.v;
      p.d = b.v;
      return readTimeAfterNumeric(T, i + 3, p);
    }
  }
  return -1;
}

function readTimeAfterNumeric(T: T, j: number, p: Parts): number {
  let k = j;
  const s = tt(T, k);
  if (s === ' ' || s === '-' || s === 'T') k++;
  if (T[k]?.k === 'num' && tt(T, k + 1) === ':') {
    const q: Parts = {};
    const e = readTime(T, k, q);
    if (e > 0 && q.mi !== undefined) {
      Object.assign(p, q);
      return e;
    }
  }
  if (k === j) {
    const q: Parts = {};
    let e = readPod(T, j, q);
    e = readTime(T, e < 0 ? j : e, q);
    if (e > 0 && q.h !== undefined) {
      Object.assign(p, q);
      return e;
    }
  }
  return j;
}

/** 5年前, 3年后, 两年前, 5天前, 20天后, 2个月前. */
export function readAgo(T: T, i: number, p: Parts): number {
  const n = readNum(T, i);
  if (!n || n.v < 1 || n.v > 999) return -1;
  let j = n.i;
  let u = tt(T, j);
  if (u === '个' && tt(T, j + 1) === '月') {
    j++;
    u = '月';
  }
  if (u !== '年' && u !== '天' && u !== '月') return -1;
  const dir = tt(T, j + 1);
  if (dir !== '前' && dir !== '后') return -1;
  if (isNum(T, j + 2) || (n.cn && n.digitwise && n.len > 1)) return -1;
  if (u === '月' && T[j - 1].t !== '个') return -1;
  if (i > 0 && (T[i - 1].t === '第' || T[i - 1].t === '前' || T[i - 1].t === '近')) return -1;
  const v = dir === '前' ? -n.v : n.v;
  if (u === '年') p.yRel = v;
  else if (u === '月') p.mRel = v;
  else p.dRel = v;
  return j + 2;
}

/** 上世纪90年代, 20世纪80年代, 九十年代, 18世纪, 二十世纪九十年代末期. */
export function readDecade(T: T, i: number, p: Parts): number {
  let j = i;
  let century = -1;
  const t = tt(T, j);
  if (t === '上世纪') {
    century = 20;
    j++;
  } else if (t === '本世纪') {
    century = 21;
    j++;
  } else {
    const n = readNum(T, j);
    if (n && tt(T, n.i) === '世纪' && n.v >= 1 && n.v <= 21) {
      century = n.v;
      j = n.i + 1;
    }
  }
  const d = readNum(T, j);
  let from: number;
  let to: number;
  let grain: 'decade' | 'century' = 'decade';
  if (d && tt(T, d.i) === '年代' && d.v % 10 === 0 && d.v < 100) {
    const base = century > 0 ? (century - 1) * 100 : d.v === 0 || d.v < 20 ? 2000 : 1900;
    from = base + d.v;
    to = from + 9;
    j = d.i + 1;
  } else if (century > 0 && t !== '上世纪' && t !== '本世纪') {
    from = (century - 1) * 100;
    to = from + 99;
    grain = 'century';
  } else if (century > 0) {
    from = (century - 1) * 100;
    to = from + 99;
    grain = 'century';
  } else return -1;
  const s = tt(T, j);
  if (grain === 'decade' && (s === '末期' || s === '末')) {
    from = to - 2;
    j++;
  } else if (grain === 'decade' && (s === '前期' || s === '初期' || s === '初')) {
    to = from + 2;
    j++;
  } else if (grain === 'decade' && s === '中期') {
    from += 4;
    to = from + 2;
    j++;
  }
  p.years = { from, to, grain };
  return j;
}

// 新年 is far more often "the new year" in general (迎接新年, 新年音乐会) than 1 January; it names
// the day only after a year (2024年新年).
const NEEDS_YEAR = new Set(['新年']);

export function readHoliday(T: T, i: number, p: Parts, hadYear = false): number {
  const t = tt(T, i);
  const h = HOLIDAY_WORDS[t];
  if (h && NEEDS_YEAR.has(t) && !hadYear) return -1;
  if (h) {
    p.hol = h;
    return i + 1;
  }
  if (T[i]?.k === 'cn' && t === '五一' && !COUNT_AFTER.has(tt(T, i + 1))) {
    p.hol = 'labour';
    return tt(T, i + 1) === '劳动节' ? i + 2 : i + 1;
  }
  return -1;
}

/** Everything that can follow a date part: weekday in apposition, part of day, clock time. */
export function readClock(T: T, i: number, p: Parts, hasDate: boolean): number {
  let j = i;
  const pd = readPod(T, j, p);
  if (pd >= 0) j = pd;
  const tm = readTime(T, j, p);
  if (tm >= 0) {
    // 一点 / 三点 (a point of an argument) unless the context makes it a clock time
    if (!hasDate && pd < 0 && p.mi === undefined && T[j].k === 'cn' && POINT_NOT_CLOCK.has(tt(T, tm))) {
      delete p.h;
      return i;
    }
    if (!hasDate && pd < 0 && p.mi === undefined && T[j].k === 'num' && tt(T, tm - 1) === '点' && tt(T, tm) === '.') {
      delete p.h;
      return i;
    }
    return tm;
  }
  if (pd >= 0) {
    if (hasDate) return pd;
    delete p.pod;
  }
  return i;
}
