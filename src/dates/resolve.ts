/**
 * Turns Parts into values: fills the year (reference date with the year-boundary rule, then the
 * text's context), applies periods, parts of day and range carry-over, and formats ISO / EDTF.
 */
import type { DateGrain, YearSource } from '../types.js';
import {
  addMonths, daysInMonth, fromDayNumber, isoWeek, isoWeekday, nthWeekdayOfMonth, toDayNumber,
} from './calendar.js';
import { holidayDay, isLunarHoliday } from './holidays.js';
import { lunarMonthRange, lunarToDayNumber, lunarYearOf } from './lunar.js';
import type { PartOfDay, Parts, Period } from './parts.js';

/** A reference date as wall-clock fields. */
export interface RefDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** What the text around an expression supplies. */
export interface Env {
  ref: RefDate | null;
  /** Latest year written explicitly earlier in the text. */
  ctxYear: number | null;
  /** Latest month named earlier in the text, with its resolved year. */
  ctxMonth: { y: number | null; m: number } | null;
  /** The previous mention, for 同期. */
  prev?: { lo: Stamp; hi: Stamp; grain: DateGrain } | null;
  /** Date that 当天/次日 and a bare clock time refer to, when the text supplies one. */
  ctxDate: { y: number; m: number; d: number } | null;
}

type Prec = 'y' | 'hy' | 'q' | 'm' | 'w' | 'd' | 'h' | 'mi' | 's';

/** One endpoint at its own precision; null fields are unknown (EDTF X). */
export interface Stamp {
  prec: Prec;
  y: number | null;
  m: number | null;
  d: number | null;
  /** Quarter, half-year or ISO week number, by `prec`. */
  n: number | null;
  h: number;
  mi: number;
  s: number;
}

/** A resolved expression: first and last endpoint (equal for a single unit). */
export interface Resolved {
  lo: Stamp;
  hi: Stamp;
  grain: DateGrain;
  ys: YearSource;
  /** The year was carried over from a range start rather than written. */
  inheritedYear: boolean;
  /** Part of day of a range start, carried to an end that gives only a clock time. */
  pod?: PartOfDay;
}

const GRAIN: Record<Prec, DateGrain> = {
  y: 'year', hy: 'month', q: 'quarter', m: 'month', w: 'week', d: 'day', h: 'hour', mi: 'minute', s: 'second',
};

function st(prec: Prec, y: number | null, m: number | null = null, d: number | null = null, n: number | null = null): Stamp {
  return { prec, y, m, d, n, h: 0, mi: 0, s: 0 };
}
function dayStamp(n: number): Stamp {
  const c = fromDayNumber(n);
  return st('d', c.y, c.m, c.d);
}
function refDay(r: RefDate): number {
  return toDayNumber(r.year, r.month, r.day);
}

/** Year for a month/day without one: the reference year, or the adjacent year at a year boundary. */
export function yearNearRef(ref: RefDate, m: number, d: number, near = 120): number {
  const r = refDay(ref);
  const c = toDayNumber(ref.year, m, d);
  if (Math.abs(c - r) <= 240) return ref.year;
  const adj = c > r ? ref.year - 1 : ref.year + 1;
  return Math.abs(toDayNumber(adj, m, d) - r) <= near ? adj : ref.year;
}

function century(yy: number, ref: RefDate | null): number {
  if (ref && ref.year >= 2000) return yy <= (ref.year % 100) + 10 ? 2000 + yy : 1900 + yy;
  if (ref) return 1900 + yy;
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

function withTime(date: Stamp, p: Parts): Stamp {
  let h = p.h!;
  const pod = p.pod;
  let dayShift = 0;
  if ((pod === 'pm' || pod === 'eve') && h < 12) h += 12;
  else if (pod === 'eve' && h === 12) {
    // 晚上十二点 is midnight at the end of the day
    h = 0;
    dayShift = 1;
  }
  else if (pod === 'noon' && h < 6) h += 12;
  else if (pod === 'night') {
    if (h === 12) {
      h = 0;
      dayShift = 1;
    } else if (h >= 6 && h < 12) h += 12;
  }
  if (h === 24) {
    h = 0;
    dayShift = 1;
  }
  let base = date;
  if (dayShift && date.y !== null && date.m !== null && date.d !== null) base = dayStamp(toDayNumber(date.y, date.m, date.d) + dayShift);
  const prec: Prec = p.sec !== undefined ? 's' : p.mi !== undefined ? 'mi' : 'h';
  return { ...base, prec, h, mi: p.mi ?? 0, s: p.sec ?? 0 };
}

function hasDatePart(p: Parts): boolean {
  return (
    p.y !== undefined || p.yRel !== undefined || p.m !== undefined || p.mRel !== undefined || p.d !== undefined ||
    p.dRel !== undefined || p.wRel !== undefined || p.wd !== undefined || p.hol !== undefined || p.per !== undefined ||
    p.qRel !== undefined || p.now === true || p.years !== undefined
  );
}

function finish(lo: Stamp, hi: Stamp, ys: YearSource, inheritedYear: boolean, p: Parts, grain?: DateGrain): Resolved {
  if (p.h !== undefined && lo.prec === 'd' && hi === lo) {
    const t = withTime(lo, p);
    return { lo: t, hi: t, grain: GRAIN[t.prec], ys, inheritedYear };
  }
  return { lo, hi, grain: grain ?? GRAIN[lo.prec], ys, inheritedYear };
}

function periodStamps(per: Period, Y: number | null, M: number | null): [Stamp, Stamp, DateGrain?] | null {
  const dim = Y !== null && M !== null ? daysInMonth(Y, M) : M === 2 ? 28 : M !== null && [4, 6, 9, 11].includes(M) ? 30 : 31;
  switch (per.k) {
    case 'half':
      return [st('hy', Y, null, null, per.n), st('hy', Y, null, null, per.n)];
    case 'quarters':
      return [st('q', Y, null, null, per.from), st('q', Y, null, null, per.to)];
    case 'qedge':
      return [st('m', Y, per.edge === 'start' ? per.q * 3 - 2 : per.q * 3), st('m', Y, per.edge === 'start' ? per.q * 3 - 2 : per.q * 3), 'quarter'];
    case 'yedge':
      return per.edge === 'start' ? [st('m', Y, 1), st('m', Y, 2)] : [st('m', Y, 11), st('m', Y, 12)];
    case 'months':
      return [st('m', Y, per.from), st('m', Y, per.to)];
    case 'lastMonths':
      return [st('m', Y, 13 - per.n), st('m', Y, 12)];
    case 'summer':
      return [st('m', Y, 7), st('m', Y, 8)];
    case 'winter':
      return [st('m', Y, 1), st('m', Y, 2)];
    case 'yweek':
      return [st('w', Y, null, null, per.n), st('w', Y, null, null, per.n)];
    case 'ydays':
      if (Y === null) return null;
      return [dayStamp(toDayNumber(Y, 1, per.from)), dayStamp(toDayNumber(Y, 1, per.to))];
    case 'xun': {
      const a = per.n === 1 ? 1 : per.n === 2 ? 11 : 21;
      const b = per.n === 1 ? 10 : per.n === 2 ? 20 : dim;
      return [st('d', Y, M, a), st('d', Y, M, b), 'day'];
    }
    case 'medge':
      return per.edge === 'start' ? [st('d', Y, M, 1), st('d', Y, M, 5), 'day'] : [st('d', Y, M, 25), st('d', Y, M, dim), 'day'];
    case 'mhalf':
      return per.n === 1 ? [st('d', Y, M, 1), st('d', Y, M, 15)] : [st('d', Y, M, 16), st('d', Y, M, dim)];
    case 'mdays':
      return [st('d', Y, M, per.from), st('d', Y, M, Math.min(per.to, dim))];
    case 'mlastDays':
      return [st('d', Y, M, dim - per.n + 1), st('d', Y, M, dim)];
    case 'mweek': {
      if (Y === null || M === null) return [st('w', null), st('w', null)];
      const w = isoWeek(nthWeekdayOfMonth(Y, M, 1, per.n));
      return [st('w', w.y, null, null, w.w), st('w', w.y, null, null, w.w)];
    }
    case 'mnthWeekday': {
      if (Y === null || M === null) return null;
      const s = dayStamp(nthWeekdayOfMonth(Y, M, per.wd, per.n));
      return [s, s];
    }
    default:
      return null;
  }
}

const UNKNOWN_DAY = (): Stamp => st('d', null, null, null);

/**
 * Resolves one point. `base` is the start of the range this point ends (its missing year,
 * month, date and part of day come from there).
 */
export function resolvePoint(p: Parts, env: Env, base: Resolved | null = null): Resolved | null {
  const ref = env.ref;
  if (p.years) return { lo: st('y', p.years.from), hi: st('y', p.years.to), grain: 'year', ys: 'text', inheritedYear: false };
  if (p.now) {
    const s = ref ? st('d', ref.year, ref.month, ref.day) : UNKNOWN_DAY();
    return { lo: s, hi: s, grain: 'day', ys: ref ? 'reference' : 'none', inheritedYear: false };
  }
  // A bare clock time: the date comes from the range start, the sentence, or the reference.
  if (!hasDatePart(p) && p.h !== undefined) {
    let date: Stamp;
    let ys: YearSource = 'none';
    if (base && base.lo.d !== null) {
      date = st('d', base.lo.y, base.lo.m, base.lo.d);
      ys = base.ys;
      if (p.pod === undefined && base.pod !== undefined) p = { ...p, pod: base.pod };
    } else if (env.ctxDate) {
      date = st('d', env.ctxDate.y, env.ctxDate.m, env.ctxDate.d);
      ys = 'context';
    } else if (ref) {
      date = st('d', ref.year, ref.month, ref.day);
      ys = 'reference';
    } else date = UNKNOWN_DAY();
    const t = withTime(date, p);
    return { lo: t, hi: t, grain: GRAIN[t.prec], ys, inheritedYear: !!base };
  }

  // Year
  let Y: number | null = null;
  let ys: YearSource = 'none';
  let yearGiven = false;
  if (p.y !== undefined) {
    Y = p.y2 ? century(p.y, ref) : p.y;
    ys = 'text';
    yearGiven = true;
  } else if (p.yRel !== undefined) {
    yearGiven = true;
    if (p.yCtx && env.ctxYear !== null) {
      Y = env.ctxYear + p.yRel;
      ys = 'context';
    } else if (ref) {
      Y = ref.year + p.yRel;
      ys = 'reference';
    }
  }

  if (p.same && env.prev && env.prev.lo.y !== null && Y !== null) {
    const dy = Y - env.prev.lo.y;
    const lo = { ...env.prev.lo, y: env.prev.lo.y + dy };
    const hi = { ...env.prev.hi, y: env.prev.hi.y === null ? null : env.prev.hi.y + dy };
    return { lo, hi, grain: env.prev.grain, ys, inheritedYear: false };
  }
  // Relative days and weeks are anchored on a whole date.
  if (p.dRel !== undefined) {
    let anchor: number | null = null;
    if (p.dCtx && base && base.lo.d !== null && base.lo.y !== null) {
      anchor = toDayNumber(base.lo.y, base.lo.m!, base.lo.d);
      ys = base.ys;
    } else if (p.dCtx && env.ctxDate) {
      anchor = toDayNumber(env.ctxDate.y, env.ctxDate.m, env.ctxDate.d);
      ys = 'context';
    } else if (ref) {
      anchor = refDay(ref);
      ys = 'reference';
    }
    const s = anchor === null ? UNKNOWN_DAY() : dayStamp(anchor + p.dRel);
    return finish(s, s, anchor === null ? 'none' : ys, false, p);
  }
  if (p.wRel !== undefined || p.wd !== undefined) {
    if (!ref) {
      const s = p.wd !== undefined || p.per ? UNKNOWN_DAY() : st('w', null);
      return finish(s, s, 'none', false, p);
    }
    const r = refDay(ref);
    const monday = r - isoWeekday(r) + 1 + 7 * (p.wRel ?? 0);
    if (p.wd !== undefined) {
      const s = dayStamp(monday + p.wd - 1);
      return finish(s, s, 'reference', false, p);
    }
    if (p.per && p.per.k === 'weekend') return finish(dayStamp(monday + 5), dayStamp(monday + 6), 'reference', false, p, 'day');
    const w = isoWeek(monday);
    const s = st('w', w.y, null, null, w.w);
    return finish(s, s, 'reference', false, p);
  }
  if (p.qRel !== undefined) {
    if (!ref) {
      const s = st('q', null);
      return finish(s, s, 'none', false, p);
    }
    const idx = ref.year * 4 + Math.floor((ref.month - 1) / 3) + p.qRel;
    const qy = Math.floor(idx / 4);
    const q = (idx % 4) + 1;
    if (p.per && p.per.k === 'qedge') {
      const mm = p.per.edge === 'start' ? q * 3 - 2 : q * 3;
      const s = st('m', qy, mm);
      return finish(s, s, 'reference', false, p, 'quarter');
    }
    const s = st('q', qy, null, null, q);
    return finish(s, s, 'reference', false, p);
  }

  // Festivals
  if (p.hol !== undefined) {
    const lunar = isLunarHoliday(p.hol);
    let hy = Y;
    let inherited = false;
    if (hy === null && !yearGiven) {
      if (base && base.lo.y !== null) {
        hy = base.lo.y;
        ys = base.ys;
        inherited = true;
      } else if (ref) {
        ys = 'reference';
        if (p.hol === 'eve') hy = lunarYearOf(refDay(ref));
        else if (lunar) hy = ref.year;
        else {
          const probe = holidayDay(p.hol, ref.year);
          const c = probe === null ? null : fromDayNumber(probe);
          // A festival is named near its date (圣诞节 in March is last December's), so only a
          // close adjacent occurrence wins over the reference year.
          hy = c ? yearNearRef(ref, c.m, c.d, 90) : ref.year;
        }
      } else if (env.ctxYear !== null) {
        hy = env.ctxYear;
        ys = 'context';
      }
    }
    const n = hy === null ? null : holidayDay(p.hol, hy);
    const s = n === null ? UNKNOWN_DAY() : dayStamp(n);
    return finish(s, s, n === null ? 'none' : ys, inherited, p);
  }

  // Month
  let M: number | null = null;
  let monthGiven = false;
  if (p.m !== undefined) {
    M = p.m;
    monthGiven = true;
  } else if (p.mRel !== undefined) {
    monthGiven = true;
    const anchor = p.mCtx && env.ctxMonth && env.ctxMonth.y !== null ? { y: env.ctxMonth.y, m: env.ctxMonth.m } : ref ? { y: ref.year, m: ref.month } : null;
    if (!anchor && !yearGiven) {
      const s = st('m', null);
      return finish(s, s, 'none', false, p);
    }
    if (anchor) {
      const r = addMonths(anchor.y, anchor.m, p.mRel);
      M = r.m;
      if (!yearGiven) {
        Y = r.y;
        ys = p.mCtx && env.ctxMonth ? 'context' : 'reference';
        yearGiven = true;
      }
    }
  }
  let D: number | null = p.d ?? null;
  let inheritedYear = false;
  if (D !== null && !monthGiven) {
    // 21日: the month of the range start, of the text, or of the reference date
    if (base && base.lo.m !== null) {
      M = base.lo.m;
      if (!yearGiven) {
        Y = base.lo.y;
        ys = base.ys;
        yearGiven = true;
        inheritedYear = true;
      }
    } else if (env.ctxMonth) {
      M = env.ctxMonth.m;
      if (!yearGiven) {
        Y = env.ctxMonth.y;
        ys = Y === null ? 'none' : 'context';
        yearGiven = true;
      }
    } else if (ref) {
      M = ref.month;
      if (!yearGiven) {
        Y = ref.year;
        ys = 'reference';
        yearGiven = true;
      }
    }
  }
  if (!yearGiven) {
    if (base && base.lo.y !== null) {
      Y = base.lo.y;
      ys = base.ys;
      inheritedYear = true;
    } else if (ref) {
      Y = M !== null && !p.lunar ? yearNearRef(ref, M, D ?? 1) : ref.year;
      ys = 'reference';
    } else if (env.ctxYear !== null) {
      Y = env.ctxYear;
      ys = 'context';
    }
  }

  if (p.lunar && M !== null) {
    if (Y === null) {
      const s = D !== null ? st('d', null, null, null) : st('m', null);
      return finish(s, s, 'none', inheritedYear, p);
    }
    if (D !== null) {
      const n = lunarToDayNumber(Y, M, D, !!p.leap);
      if (n === null) return null;
      const s = dayStamp(n);
      return finish(s, s, ys, inheritedYear, p);
    }
    const r = lunarMonthRange(Y, M, !!p.leap);
    if (!r) return null;
    return finish(dayStamp(r.first), dayStamp(r.last), ys, inheritedYear, p, 'day');
  }

  if (p.per) {
    const ps = periodStamps(p.per, Y, M);
    if (!ps) return null;
    const [lo, hi, g] = ps;
    if (p.h !== undefined && formatStamp(lo) === formatStamp(hi)) return finish(lo, lo, ys, inheritedYear, p);
    return { lo, hi, grain: g ?? GRAIN[lo.prec], ys, inheritedYear };
  }
  let s: Stamp;
  if (D !== null) {
    if (M !== null && D > (Y !== null ? daysInMonth(Y, M) : M === 2 ? 29 : daysInMonth(2001, M))) return null;
    s = st('d', Y, M, D);
  } else if (M !== null || monthGiven) s = st('m', Y, M);
  else if (yearGiven || p.y !== undefined) s = st('y', Y);
  else return null;
  return finish(s, s, ys, inheritedYear, p);
}

function stampKey(s: Stamp): number | null {
  if (s.y === null) return null;
  switch (s.prec) {
    case 'y':
      return toDayNumber(s.y, 1, 1) * 1440;
    case 'hy':
      return toDayNumber(s.y, (s.n! - 1) * 6 + 1, 1) * 1440;
    case 'q':
      return toDayNumber(s.y, (s.n! - 1) * 3 + 1, 1) * 1440;
    case 'w':
      return null;
    case 'm':
      return s.m === null ? null : toDayNumber(s.y, s.m, 1) * 1440;
    default:
      if (s.m === null || s.d === null) return null;
      return toDayNumber(s.y, s.m, s.d) * 1440 + (s.prec === 'd' ? 0 : s.h * 60 + s.mi);
  }
}

function stampEndKey(s: Stamp): number | null {
  if (s.y === null) return null;
  switch (s.prec) {
    case 'y':
      return toDayNumber(s.y + 1, 1, 1) * 1440 - 1;
    case 'hy':
      return toDayNumber(s.y, s.n! * 6 + 1, 1) * 1440 - 1;
    case 'q':
      return toDayNumber(s.y, s.n! * 3 + 1, 1) * 1440 - 1;
    case 'm':
      return s.m === null ? null : toDayNumber(s.y, s.m + 1, 1) * 1440 - 1;
    case 'd':
      return s.m === null || s.d === null ? null : toDayNumber(s.y, s.m, s.d + 1) * 1440 - 1;
    default:
      return stampKey(s);
  }
}

function floatingYear(p: Parts): boolean {
  return (
    p.y === undefined && p.yRel === undefined && p.mRel === undefined && p.dRel === undefined && p.wRel === undefined &&
    p.wd === undefined && p.qRel === undefined && !p.now && !p.years && !p.lunar && !p.same
  );
}

function shiftDays(s: Stamp, k: number): Stamp {
  if (s.y === null || s.m === null || s.d === null) return s;
  const d = dayStamp(toDayNumber(s.y, s.m, s.d) + k);
  return { ...s, y: d.y, m: d.m, d: d.d };
}

/** Resolves a range; the end inherits what it does not write and moves forward past the start. */
export function resolveRange(a: Parts, b: Parts, env: Env): { a: Resolved; b: Resolved } | null {
  if (env.ref && floatingYear(a) && floatingYear(b) && (a.m !== undefined || a.hol !== undefined)) {
    // Neither end writes a year: take the reading whose whole span lies nearest the reference
    // (1至10月 in November is this year's; 12月28日至1月3日 in January straddles the new year).
    const r = refDay(env.ref) * 1440;
    const dist = (y: number): { got: { a: Resolved; b: Resolved }; d: number } | null => {
      const got = resolveRange({ ...a, y, y2: false }, b, { ...env, ctxYear: null, ctxMonth: null });
      if (!got) return null;
      const lo = stampKey(got.a.lo);
      const hi = stampEndKey(got.b.hi);
      if (lo === null || hi === null) return null;
      return { got, d: r < lo ? lo - r : r > hi ? r - hi : 0 };
    };
    const own = dist(env.ref.year);
    let best = own ? own.got : null;
    if (own && own.d > 240 * 1440) {
      for (const y of [env.ref.year - 1, env.ref.year + 1]) {
        const alt = dist(y);
        if (alt && alt.d <= 120 * 1440) best = alt.got;
      }
    }
    if (best) return { a: { ...best.a, ys: 'reference' }, b: { ...best.b, ys: 'reference' } };
  }
  const ra = resolvePoint(a, env);
  if (!ra) return null;
  const base: Resolved = { ...ra, pod: a.pod };
  let rb = resolvePoint(b, env, base);
  if (!rb) return null;
  const ka = stampKey(ra.lo);
  const kb = stampKey(rb.hi);
  if (ka !== null && kb !== null && kb < ka) {
    if (!hasDatePart(b)) rb = { ...rb, lo: shiftDays(rb.lo, 1), hi: shiftDays(rb.hi, 1) };
    else if (rb.inheritedYear && b.y === undefined && b.yRel === undefined && rb.hi.y !== null) {
      const again = resolvePoint({ ...b, y: rb.hi.y + 1 }, env, base);
      if (again) rb = { ...again, ys: rb.ys };
    }
  }
  return { a: ra, b: rb };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** ISO 8601 / EDTF text of a stamp. */
export function formatStamp(s: Stamp): string {
  const Y = s.y === null ? 'XXXX' : pad(s.y, 4);
  const M = s.m === null ? 'XX' : pad(s.m, 2);
  const D = s.d === null ? 'XX' : pad(s.d, 2);
  switch (s.prec) {
    case 'y':
      return Y;
    case 'hy':
      return `${Y}-H${s.n}`;
    case 'q':
      return `${Y}-Q${s.n ?? 'X'}`;
    case 'w':
      return `${Y}-W${s.n === null ? 'XX' : pad(s.n, 2)}`;
    case 'm':
      return `${Y}-${M}`;
    case 'd':
      return `${Y}-${M}-${D}`;
    case 'h':
    case 'mi':
      return `${Y}-${M}-${D}T${pad(s.h, 2)}:${pad(s.mi, 2)}`;
    default:
      return `${Y}-${M}-${D}T${pad(s.h, 2)}:${pad(s.mi, 2)}:${pad(s.s, 2)}`;
  }
}
