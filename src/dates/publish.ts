/**
 * Publish times as pages write them for themselves: the value of a meta tag, JSON-LD
 * `datePublished` or `<time datetime>`, a byline or info bar (发布时间：2019年12月10日 15:30), a URL path
 * (/2019-12/10/, t20191210_123.html). The date is read by the same engine as the body text, so every
 * path agrees on a string; this file only adds what page furniture writes and prose does not: zone
 * offsets, Unix times, fourteen-digit stamps, month/day/year bylines and English dates.
 */
import { analysisView } from '../normalize/index.js';
import type { DateMention } from '../types.js';
import { daysInMonth } from './calendar.js';
import { findDates } from './document.js';
import { parseReferenceDate } from './reference.js';

/** A publish time found in a line of page text. */
export interface PublishDate {
  /** ISO 8601, as precise as written (`2019-12-10`, `2019-12-10T15:30`). */
  value: string;
  /** Offsets of the date in the line. */
  start: number;
  end: number;
  /** True when the date carries a time of day. */
  hasTime: boolean;
}

// Publish times before the web or far in the future are page noise.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const UNIX_TIME = /^\d{10}(?:\d{3})?$/;
const FOURTEEN_DIGITS = /^((?:19|20)\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?$/;
// 12/10/2019 (10:30): the month-first order some CMS templates print in bylines
const MONTH_DAY_YEAR = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(\s.{0,40})?$/;
const MONTH_DAY_YEAR_IN_LINE = /(?<![\d/])\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\d/])(?:\s{1,3}\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp][Mm])?)?/g;

const pad = (value: number | string): string => String(value).padStart(2, '0');

/** Day-precision (or finer) mentions whose year the text wrote, in a plausible publishing year. */
function isPublishDate(mention: DateMention): mention is DateMention & { value: string } {
  if (typeof mention.value !== 'string' || mention.yearSource !== 'text' || mention.calendar === 'lunar') return false;
  if (!['day', 'hour', 'minute', 'second'].includes(mention.grain)) return false;
  const year = Number(mention.value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function readWithEngine(text: string, referenceDate: string | null = null): DateMention[] {
  return findDates(text, analysisView(text), { reference: parseReferenceDate(referenceDate), published: null, calendar: 'auto' });
}

/** A Unix time in seconds or milliseconds, written at +08:00 (the same instant, in the zone of the pages xinwen reads). */
function fromUnixTime(digits: string): string | null {
  const milliseconds = digits.length === 13 ? Number(digits) : Number(digits) * 1000;
  const local = new Date(milliseconds + 8 * 3600 * 1000);
  const year = local.getUTCFullYear();
  if (Number.isNaN(local.getTime()) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

// The Republic of China date code Taiwan's wire closes a story with, after its editor (（編輯：X）1131002): yyymmdd.
const ROC_DATE_CODE = /^(1[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const ROC_YEAR_OFFSET = 1911;

/** What page furniture writes that running text does not, rewritten into a form the engine reads. */
function asEngineText(value: string): string {
  const roc = ROC_DATE_CODE.exec(value);
  if (roc) return `${Number(roc[1]) + ROC_YEAR_OFFSET}-${roc[2]}-${roc[3]}`;
  const stamp = FOURTEEN_DIGITS.exec(value);
  if (stamp) return `${stamp[1]}-${stamp[2]}-${stamp[3]} ${stamp[4]}:${stamp[5]}${stamp[6] === undefined ? '' : `:${stamp[6]}`}`;
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  if (monthFirst) return `${monthFirst[3]}-${pad(monthFirst[1])}-${pad(monthFirst[2])}${monthFirst[4] ?? ''}`;
  return value;
}

/**
 * One publish-time value (a meta tag, JSON-LD, `<time>`, a byline's date) as ISO 8601, as precise as
 * written, with the zone the page gives (`2019-09-07T13:43:45+08:00`); null when it holds no full date.
 * A date without its year is not a publish time.
 */
export function readPublishTime(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  if (UNIX_TIME.test(trimmed)) return fromUnixTime(trimmed);
  const first = readWithEngine(asEngineText(trimmed)).find(isPublishDate);
  if (first) return first.value;
  // RFC 2822 and other English forms (Tue, 10 Dec 2019 15:30:00 GMT)
  if (/[a-z]{3}/i.test(trimmed)) {
    const date = new Date(trimmed);
    if (!Number.isNaN(date.getTime()) && date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR) return date.toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/**
 * Every publish-time candidate in a line of page text (a byline, an info bar): dates with their year
 * written, at day precision or finer.
 */
export function findPublishDates(line: string): PublishDate[] {
  const found: PublishDate[] = [];
  for (const mention of readWithEngine(line)) {
    if (!isPublishDate(mention)) continue;
    found.push({ value: mention.value, start: mention.start, end: mention.end, hasTime: mention.value.includes('T') });
  }
  // 发布日期： 9/17/2004 5:54:13 AM: the month-first order of English CMS templates, which prose never writes
  for (const match of line.matchAll(MONTH_DAY_YEAR_IN_LINE)) {
    const value = readPublishTime(match[0]);
    if (value) found.push({ value, start: match.index, end: match.index + match[0].length, hasTime: value.includes('T') });
  }
  return found.sort((one, other) => one.start - other.start);
}

/**
 * A publish time written without its year at the start of `text` (what follows a label: `10-08 12:00`,
 * `10月8日`), as `XXXX-MM-DD[Thh:mm]`; null when the text does not start with one.
 */
export function yearlessPublishDate(text: string): string | null {
  const [first] = readWithEngine(text);
  if (!first || typeof first.value !== 'string' || first.yearSource !== 'none' || text.slice(0, first.start).trim().replace(/^[:：]/, '').trim() !== '') return null;
  return /^XXXX-\d\d-\d\d/.test(first.value) ? first.value : null;
}

/**
 * A yearless publish time (`XXXX-10-08T12:00`) completed from a dated page source (the URL's day, the
 * modified time): the page was published on or before that date, so a month-day later in the year
 * than the source belongs to the year before.
 */
export function completeYearNotAfter(yearless: string, source: string): string | null {
  const year = Number(source.slice(0, 4));
  const monthDay = yearless.slice(5, 10);
  const completed = `${monthDay > source.slice(5, 10) ? year - 1 : year}${yearless.slice(4)}`;
  const [month, day] = [Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5))];
  return validDay(Number(completed.slice(0, 4)), month, day) ? completed : null;
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A day from a URL path: /2019-12/10/, /2019/12/10/, /20191210/, t20191210_123.html. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url, 'http://x.invalid/').pathname;
  } catch {
    // not a URL: scan the raw string
  }
  const separated = /(?:^|[/_-])((?:19|20)\d\d)[-/_](\d{1,2})[-/_](\d{1,2})(?=[/_.-]|$)/.exec(path);
  const compact = separated ? null : /(?:^|[/_t])((?:19|20)\d\d)(0[1-9]|1[0-2])\/?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  const match = separated ?? compact;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}
