/**
 * A clock time placed on a day: the part of the day decides the 12-hour shift, and 24:00 or a
 * midnight written as 晚上12点 moves to the start of the next day.
 *
 * Twelve o'clock, decided once for every path that reads a time (page meta, bylines, body text):
 * 中午12点 and 下午12:30 are noon; 晚上12点, 夜里12点 and 24:00 are the midnight that ends the day
 * (the next day at 00:00); 凌晨12点 is the midnight that starts the day (00:00). 上午 with 12 depends
 * on how it is written: 上午12:05 is what a 12-hour clock prints for 00:05 (pages render their
 * publish times that way), while 上午12时30分, written out by a reporter, is 12:30. A bare 12:00 is noon.
 */
import type { Parts } from '../parts.js';
import { type Precision, type Stamp, dayNumberOf, dayStamp } from './stamp.js';

function hourOnTheClock(hour: number, partOfDay: Parts['partOfDay'], colonClock: boolean): { hour: number; nextDay: boolean } {
  if (hour === 24) return { hour: 0, nextDay: true };
  switch (partOfDay) {
    case 'afternoon':
      return { hour: hour < 12 ? hour + 12 : hour, nextDay: false };
    case 'evening':
      if (hour === 12) return { hour: 0, nextDay: true };
      return { hour: hour < 12 ? hour + 12 : hour, nextDay: false };
    case 'noon':
      return { hour: hour < 6 ? hour + 12 : hour, nextDay: false };
    case 'night':
      if (hour === 12) return { hour: 0, nextDay: true };
      return { hour: hour >= 6 && hour < 12 ? hour + 12 : hour, nextDay: false };
    case 'smallHours':
      return { hour: hour === 12 ? 0 : hour, nextDay: false };
    case 'morning':
      return { hour: hour === 12 && colonClock ? 0 : hour, nextDay: false };
    default:
      return { hour, nextDay: false };
  }
}

/** The stamp of `parts`' clock time on `date`. */
export function withTime(date: Stamp, parts: Parts): Stamp {
  const clock = hourOnTheClock(parts.hour!, parts.partOfDay, parts.colonClock === true);
  let base = date;
  const dayNumber = dayNumberOf(date);
  if (clock.nextDay && dayNumber !== null) base = dayStamp(dayNumber + 1);
  const precision: Precision = parts.second !== undefined ? 'second' : parts.minute !== undefined ? 'minute' : 'hour';
  const timed: Stamp = { ...base, precision, hour: clock.hour, minute: parts.minute ?? 0, second: parts.second ?? 0 };
  if (parts.zone) timed.zone = parts.zone;
  return timed;
}
