/**
 * Date and time expressions in Chinese news text: found, normalised to ISO 8601 (EDTF `X` where
 * no year can be known), with exact UTF-16 offsets.
 *
 * Without a reference date, relative expressions keep their shape with unknown digits:
 * 今天 → `XXXX-XX-XX`, 本月 → `XXXX-XX`, 去年 → `XXXX`, 上周 → `XXXX-WXX`.
 */
import { XinwenError } from '../errors.js';
import type { DateMention } from '../types.js';
import { canStart, readExpr } from './grammar/index.js';
import { lex, type Tok } from './lexer.js';
import { foldText } from './numerals.js';
import type { Expr } from './parts.js';
import { type Env, formatStamp, type RefDate, type Resolved, resolvePoint, resolveRange } from './resolve.js';

/** Options of {@link extractDates}. */
export interface ExtractDatesOptions {
  /**
   * Anchors dates without a year and relative dates (今天, 去年, 周五). A `Date` is read in local
   * time; a string is read as written (`2023-07-23`, `2023-07-23T09:30`, `2023/7/23 09:30`, any
   * zone suffix ignored). Without it, years come from earlier dates in the text or stay unknown.
   */
  referenceDate?: string | Date | null;
}

const REF_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a reference date into wall-clock fields.
 * @returns null for null/undefined.
 * @throws XinwenError `E_OPTION` for a string that is not a valid date, or an invalid `Date`.
 */
export function parseReferenceDate(value: string | Date | null | undefined): RefDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new XinwenError('E_OPTION', 'referenceDate is an invalid Date.');
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate(), hour: value.getHours(), minute: value.getMinutes() };
  }
  if (typeof value !== 'string') throw new XinwenError('E_OPTION', 'referenceDate must be a string, a Date or null.');
  const m = REF_RE.exec(value.trim());
  if (!m) throw new XinwenError('E_OPTION', `referenceDate "${value.slice(0, 40)}" is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:mm.`);
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const probe = new Date(Date.UTC(2000, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1 || (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))) {
    throw new XinwenError('E_OPTION', `referenceDate "${value}" names a day that does not exist.`);
  }
  const out: RefDate = { year, month, day };
  if (m[4] !== undefined) {
    const hour = +m[4];
    const minute = +m[5];
    if (hour > 23 || minute > 59) throw new XinwenError('E_OPTION', `referenceDate "${value}" has an invalid time.`);
    out.hour = hour;
    out.minute = minute;
  }
  return out;
}

const SENTENCE_END = /[。！？!?\n]/;
const DURATION_AFTER = new Set(['来', '间', '多', '余', '里', '之', '左右', '以来', '了', '半', '零', '整', '时间', '中', '内', '期', '的', '历', '级', '龄', '光', '计', '轻', '度', '均', '长', '纪']);

// Context checks the grammar cannot see: identifiers, decimals and counts around a match.
function plausible(T: Tok[], e: Expr): boolean {
  const first = T[e.ts];
  const last = T[e.te - 1];
  const prev = e.ts > 0 ? T[e.ts - 1] : null;
  const next = e.te < T.length ? T[e.te] : null;
  if (first.k === 'num' && prev) {
    if (prev.k === 'a' || prev.k === 'num') return false;
    if ((prev.t === '.' || prev.t === '-' || prev.t === '/' || prev.t === ':' || prev.t === '_') && e.ts > 1 && (T[e.ts - 2].k === 'num' || T[e.ts - 2].k === 'a')) return false;
  }
  if (prev && prev.t === '第' && (first.k === 'num' || first.k === 'cn')) return false;
  if (last.k === 'num' && next) {
    if (next.k === 'a' || next.k === 'num' || next.t === '%') return false;
    if ((next.t === '.' || next.t === '/' || next.t === ':' || next.t === '-') && e.te + 1 < T.length && T[e.te + 1].k === 'num') return false;
  }
  const a = e.a;
  if (!e.b && last.t === '号' && a.m === undefined && a.mRel === undefined && a.y === undefined && prev && prev.k === 'w' && /[\u4e00-\u9fff]/.test(prev.t) && !/[于在从自至到是为和与及、]/.test(prev.t)) {
    // 神舟十七号, 一号文件: a numbered name, not a day of the month
    return false;
  }
  if (!e.b && a.y !== undefined && a.m === undefined && a.d === undefined && a.per === undefined && a.hol === undefined && a.h === undefined) {
    // A lone two- or three-digit 年 is usually a duration (10年, 100年), unless written 07年.
    const written = first.t;
    if (written.length < 4 && !written.startsWith('0') && first.k === 'num' && next && DURATION_AFTER.has(next.t)) return false;
    if (a.bareYear && prev && !(prev.k === 'sp' || /[，。、；,;:：(（“"《\s从自至到在于]/.test(prev.t))) return false;
  }
  return true;
}

function isRelativeOnly(e: Expr): boolean {
  const a = e.a;
  return !e.b && a.y === undefined && a.m === undefined && a.d === undefined && a.h === undefined && (a.dRel !== undefined || a.yRel !== undefined || a.mRel !== undefined || a.wRel !== undefined);
}

function dayOf(r: Resolved): { y: number; m: number; d: number } | null {
  const s = r.hi;
  if (s.y === null || s.m === null || s.d === null) return null;
  if (s.prec === 'd' || s.prec === 'h' || s.prec === 'mi' || s.prec === 's') return { y: s.y, m: s.m, d: s.d };
  return null;
}

/**
 * Finds every date and time expression in `text`, in order and without overlaps.
 * `text.slice(m.start, m.end) === m.text` for every mention.
 * @throws XinwenError `E_INPUT_TYPE` when text is not a string; `E_OPTION` for a bad referenceDate.
 */
export function extractDates(text: string, options: ExtractDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string') throw new XinwenError('E_INPUT_TYPE', 'extractDates expects a string.');
  const ref = parseReferenceDate(options.referenceDate);
  const folded = foldText(text);
  const T = lex(folded);
  const out: DateMention[] = [];
  let ctxYear: number | null = null;
  let ctxMonth: Env['ctxMonth'] = null;
  let lastDay: { y: number; m: number; d: number } | null = null;
  let lastEnd = -1;
  let prev: Env['prev'] = null;
  let titleDepth = 0;
  let scanned = 0;
  for (let i = 0; i < T.length; ) {
    if (!canStart(T[i])) {
      i++;
      continue;
    }
    const e = readExpr(T, i);
    if (!e || !plausible(T, e)) {
      i++;
      continue;
    }
    const start = T[e.ts].s;
    const end = T[e.te - 1].e;
    // Inside 《…》 a relative word is part of a title (《明日之后》), not a date.
    for (; scanned < e.ts; scanned++) {
      const t = T[scanned].t;
      if (t === '《') titleDepth++;
      else if (t === '》' && titleDepth > 0) titleDepth--;
    }
    if (titleDepth > 0 && isRelativeOnly(e)) {
      i++;
      continue;
    }
    // A clock time on its own takes the date of a date just before it in the same sentence.
    const near = lastDay !== null && start - lastEnd <= 12 && !SENTENCE_END.test(folded.slice(lastEnd, start));
    const env: Env = { ref, ctxYear, ctxMonth, ctxDate: near || (lastDay && !ref) ? lastDay : null, prev };
    const dCtx = e.a.dCtx === true;
    if (dCtx && lastDay) env.ctxDate = lastDay;
    let apposition = false;
    if (!e.b && e.a.wd !== undefined && lastDay && e.ts > 0 && T[e.ts - 1].t === '(' && T[e.ts - 1].s === lastEnd && /^(周|星期|礼拜)$/.test(T[e.ts].t)) {
      // 9月1日（周五）: the weekday restates the date just before it
      apposition = true;
    }
    let ra: Resolved | null;
    let rb: Resolved | null = null;
    if (e.b) {
      const r = resolveRange(e.a, e.b, env);
      ra = r ? r.a : null;
      rb = r ? r.b : null;
    } else if (apposition && lastDay) {
      ra = resolvePoint({ y: lastDay.y, m: lastDay.m, d: lastDay.d }, env);
      if (ra) ra = { ...ra, ys: 'context' };
    } else ra = resolvePoint(e.a, env);
    if (!ra) {
      i++;
      continue;
    }
    const lo = formatStamp(ra.lo);
    const hi = formatStamp(rb ? rb.hi : ra.hi);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: lo === hi ? lo : { start: lo, end: hi },
      grain: ra.grain,
      yearSource: ra.ys,
    });
    // Context for what follows: explicit years and months, and the last whole day.
    for (const [p, r] of [[e.a, ra], [e.b, rb]] as const) {
      if (!p || !r) continue;
      if (p.y !== undefined && r.lo.y !== null) ctxYear = r.hi.y;
      if ((p.m !== undefined || p.mRel !== undefined) && r.hi.m !== null && r.hi.prec !== 'y') ctxMonth = { y: r.hi.y, m: r.hi.m };
      const d = dayOf(r);
      if (d) lastDay = d;
    }
    lastEnd = end;
    prev = { lo: ra.lo, hi: rb ? rb.hi : ra.hi, grain: ra.grain };
    i = e.te;
  }
  return out;
}
