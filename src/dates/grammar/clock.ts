/**
 * Grammar readers for the time of day: parts of the day (上午, 晚上, 晚8时) and clock times
 * (9时30分, 下午3点, 十一点半, 5点一刻, 15:30, 17:55:23, 零时), and `readClock`, which reads
 * whatever of these follows a date.
 */
import type { Token } from '../lexer.js';
import type { Parts } from '../parts.js';
import { COUNTED_AFTER, PARTS_OF_DAY, PART_OF_DAY_CHARS, POINT_NOT_CLOCK } from '../vocabulary.js';
import { isNumberAt, readNumber, textAt, unitAhead } from './tokens.js';

/** 上午, 晚上, and 早/晚/夜 right before a number. */
export function readPartOfDay(tokens: Token[], at: number, parts: Parts): number {
  const text = textAt(tokens, at);
  const partOfDay = PARTS_OF_DAY[text];
  if (partOfDay) {
    parts.partOfDay = partOfDay;
    return at + 1;
  }
  const short = PART_OF_DAY_CHARS[text];
  if (short && isNumberAt(tokens, at + 1)) {
    parts.partOfDay = short;
    return at + 1;
  }
  return -1;
}

/** 15:30, 17:55:23 (and 15:30时). */
function readColonTime(tokens: Token[], hour: number, at: number, parts: Parts): number {
  const minute = tokens[at + 1].value;
  if (minute > 59) return -1;
  parts.hour = hour;
  parts.minute = minute;
  parts.colonClock = true;
  let next = at + 2;
  if (textAt(tokens, next) === ':' && tokens[next + 1]?.kind === 'digits' && tokens[next + 1].text.length === 2 && tokens[next + 1].value < 60) {
    parts.second = tokens[next + 1].value;
    next += 2;
  }
  if (textAt(tokens, next) === '时') next++;
  return readClockSuffix(tokens, next, parts);
}

/**
 * What page furniture writes after a colon time: a 12-hour marker (18:03PM, 9:30 am) and a zone
 * (10:26:10Z, 13:43:45+08:00, 13:43:45.000+0800). The zone is kept as written, normalised to `Z`/`±HH:MM`.
 */
function readClockSuffix(tokens: Token[], at: number, parts: Parts): number {
  let next = at;
  const marker = tokens[next]?.kind === 'space' && tokens[next + 1]?.kind === 'latin' ? next + 1 : next;
  const meridiem = textAt(tokens, marker).toUpperCase();
  if (tokens[marker]?.kind === 'latin' && (meridiem === 'AM' || meridiem === 'PM')) {
    parts.partOfDay = meridiem === 'PM' ? 'afternoon' : 'morning';
    parts.colonClock = true;
    return marker + 1;
  }
  // .000 fractions of a second before a zone
  if (textAt(tokens, next) === '.' && tokens[next + 1]?.kind === 'digits' && ['Z', 'z', '+', '-'].includes(textAt(tokens, next + 2))) next += 2;
  const sign = textAt(tokens, next);
  if ((sign === 'Z' || sign === 'z') && tokens[next].kind === 'latin') {
    parts.zone = 'Z';
    return next + 1;
  }
  if (sign !== '+' && sign !== '-') return at;
  // 9:00-10:00 is a range, not a zone: a minus zone needs seconds before it (13:43:45-05:00)
  if (sign === '-' && parts.second === undefined) return at;
  const hours = tokens[next + 1];
  if (hours?.kind !== 'digits') return at;
  let zone: [string, string] | null = null;
  let end = -1;
  if (hours.text.length === 4) {
    zone = [hours.text.slice(0, 2), hours.text.slice(2)];
    end = next + 2;
  } else if (hours.text.length === 2 && textAt(tokens, next + 2) === ':' && tokens[next + 3]?.kind === 'digits' && tokens[next + 3].text.length === 2) {
    zone = [hours.text, tokens[next + 3].text];
    end = next + 4;
  }
  if (!zone) return at;
  const followedOn = textAt(tokens, end) === ':' || tokens[end]?.kind === 'digits';
  if (Number(zone[0]) > 14 || !['00', '30', '45'].includes(zone[1]) || followedOn) return at;
  parts.zone = `${sign}${zone[0]}:${zone[1]}`;
  return end;
  return at;
}

/** What follows 9点 / 9时: 半, 一刻, 30分, 30分15秒, a bare 30. */
function readMinutes(tokens: Token[], at: number, parts: Parts): number {
  const text = textAt(tokens, at);
  if (text === '钟' || text === '整') return at + 1;
  if (text === '半') {
    parts.minute = 30;
    return at + 1;
  }
  if (text === '多') return textAt(tokens, at + 1) === '钟' ? at + 2 : at + 1;
  const number = readNumber(tokens, at);
  if (!number) return at;
  const unit = textAt(tokens, number.next);
  if (unit === '刻' && number.value >= 1 && number.value <= 3) {
    parts.minute = number.value * 15;
    return number.next + 1;
  }
  if (number.value > 59 || !(number.length <= 2 || (number.chinese && number.length <= 3))) return at;
  if (unit === '分') {
    parts.minute = number.value;
    const seconds = readNumber(tokens, number.next + 1);
    if (seconds && textAt(tokens, seconds.next) === '秒' && seconds.value <= 59) {
      parts.second = seconds.value;
      return seconds.next + 1;
    }
    return number.next + 1;
  }
  if (!COUNTED_AFTER.has(unit) && unit !== '刻' && tokens[number.next]?.kind !== 'digits') {
    parts.minute = number.value;
    return number.next;
  }
  return at;
}

/** 9时30分, 下午3点 (after the part of day), 十一点半, 5点一刻, 15:30, 17:55:23, 零时 … */
export function readTime(tokens: Token[], at: number, parts: Parts): number {
  const text = textAt(tokens, at);
  if (text === '零时' || text === '零点') {
    parts.hour = 0;
    return textAt(tokens, at + 1) === '整' ? at + 2 : at + 1;
  }
  const hour = readNumber(tokens, at);
  if (!hour || hour.value > 24 || hour.length > 2) return -1;
  if (!hour.chinese && textAt(tokens, hour.next) === ':' && tokens[hour.next + 1]?.kind === 'digits' && tokens[hour.next + 1].text.length === 2) {
    return readColonTime(tokens, hour.value, hour.next, parts);
  }
  const unit = textAt(tokens, hour.next);
  if (unit !== '时' && unit !== '点' && unit !== '点钟') {
    // 9~12点半: the bare 9 borrows 点 from the end of the range
    if (unitAhead(tokens, at) !== '点') return -1;
    parts.hour = hour.value;
    return hour.next;
  }
  parts.hour = hour.value;
  if (unit === '点钟') return textAt(tokens, hour.next + 1) === '整' ? hour.next + 2 : hour.next + 1;
  return readMinutes(tokens, hour.next + 1, parts);
}

/** Everything that can follow a date part: part of day, clock time. */
export function readClock(tokens: Token[], at: number, parts: Parts, hasDate: boolean): number {
  let next = at;
  const afterPartOfDay = readPartOfDay(tokens, next, parts);
  if (afterPartOfDay >= 0) next = afterPartOfDay;
  const afterTime = readTime(tokens, next, parts);
  if (afterTime >= 0) {
    const bareHour = !hasDate && afterPartOfDay < 0 && parts.minute === undefined;
    // 一点 / 三点 (a point of an argument) unless the context makes it a clock time
    if (bareHour && tokens[next].kind === 'numeral' && POINT_NOT_CLOCK.has(textAt(tokens, afterTime))) {
      delete parts.hour;
      return at;
    }
    // 九点二万千瓦: a decimal written with 点, not a clock time
    if (bareHour && tokens[next].kind === 'numeral' && tokens[afterTime]?.kind === 'numeral') {
      delete parts.hour;
      return at;
    }
    // 一点 alone is "a little" (一点臭味也没有), not one o'clock
    if (bareHour && tokens[next].text === '一' && textAt(tokens, afterTime - 1) === '点') {
      delete parts.hour;
      return at;
    }
    // 3点.5 is a decimal written with the wrong character
    if (bareHour && tokens[next].kind === 'digits' && textAt(tokens, afterTime - 1) === '点' && textAt(tokens, afterTime) === '.') {
      delete parts.hour;
      return at;
    }
    return afterTime;
  }
  if (afterPartOfDay >= 0) {
    if (hasDate) return afterPartOfDay;
    delete parts.partOfDay;
  }
  return at;
}
