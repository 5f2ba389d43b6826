/**
 * Reads the dates a caller passes in (the reference date, the page's publish date) into wall-clock
 * fields, refusing anything that is not a real day with a typed error.
 */
import { XinwenError } from '../errors.js';
import { daysInMonth } from './calendar.js';
import type { ReferenceDate } from './resolve/context.js';

const REFERENCE_PATTERN = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a reference date into wall-clock fields. A `Date` is read in local time; a string as written
 * (`2023-07-23`, `2023-07-23T09:30`, `2023/7/23 09:30`, any zone suffix ignored).
 * @param name the option's name, for the error message.
 * @returns null for null/undefined.
 * @throws XinwenError `E_OPTION` for a string that is not a valid date, or an invalid `Date`.
 */
export function parseReferenceDate(value: string | Date | null | undefined, name = 'referenceDate'): ReferenceDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new XinwenError('E_OPTION', `${name} is an invalid Date.`);
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate(), hour: value.getHours(), minute: value.getMinutes() };
  }
  if (typeof value !== 'string') throw new XinwenError('E_OPTION', `${name} must be a string, a Date or null.`);
  const match = REFERENCE_PATTERN.exec(value.trim());
  if (!match) throw new XinwenError('E_OPTION', `${name} "${value.slice(0, 40)}" is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:mm.`);
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new XinwenError('E_OPTION', `${name} "${value}" names a day that does not exist.`);
  }
  const out: ReferenceDate = { year, month, day };
  if (match[4] !== undefined) {
    const hour = +match[4];
    const minute = +match[5];
    if (hour > 23 || minute > 59) throw new XinwenError('E_OPTION', `${name} "${value}" has an invalid time.`);
    out.hour = hour;
    out.minute = minute;
  }
  return out;
}
