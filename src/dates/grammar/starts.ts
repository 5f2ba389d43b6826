/**
 * Where a date expression can begin, checked before the grammar is tried: the walk asks at every token, and
 * most tokens that can start an expression (一, 上, 这, 年, 本 …) start none. Each one-character starter and a
 * few words start an expression only when a certain token follows them (上 before 周, 个, 季度, 一, 月 …; a
 * number before 年, 月, 日, 点, 个, a connective …): the followers below are what the grammar readers
 * (year.ts, month.ts, day.ts, clock.ts, numeric.ts) require right after each, read from those readers and
 * built from the same vocabulary. A token that is not followed by one of its followers starts nothing, so
 * skipping it changes no result; test/date-starts.test.ts checks that on generated text.
 *
 * The same facts on the characters of the view (`nextPossibleStart`) let a text where no expression can begin
 * skip the lexer altogether.
 */
import { CHINESE_NUMERAL_CHARS } from '../numerals.js';
import { isDigitUnit, isNumeralUnit, isSpaceUnit, type Token, unitsReadAs } from '../lexer.js';
import {
  BRACKETED_DAY_WORDS, EARTHLY_BRANCHES, FESTIVAL_WORDS, HEAVENLY_STEMS, LIST_CONNECTIVES, LUNAR_MONTH_NAMES, PARTS_OF_DAY,
  PART_OF_DAY_CHARS, RANGE_CONNECTIVES, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_YEARS, WEEKDAYS, WEEK_WORDS, ZODIAC_ANIMALS,
} from '../vocabulary.js';
import { FESTIVALS_NEEDING_YEAR } from './numeric.js';

const STARTERS = new Set<string>([
  ...Object.keys(RELATIVE_YEARS), ...Object.keys(RELATIVE_MONTHS), ...Object.keys(RELATIVE_DAYS), ...Object.keys(PARTS_OF_DAY),
  ...Object.keys(PART_OF_DAY_CHARS), ...Object.keys(LUNAR_MONTH_NAMES), ...Object.keys(FESTIVAL_WORDS),
  '上', '下', '这', '本', '当', '周', '星期', '礼拜', '周末', '年', '月', '上旬', '中旬', '下旬', '上半月', '下半月',
  '上半年', '下半年', '农历', '阴历', '大年', '闰', '今', '昨', '明', '第', '首', '前', '后', '初', '零时', '零点', '上世纪',
  '本世纪', '明后两天', '明后天', '暑假', '寒假', 'Q', '民国', '中华民国',
  ...ZODIAC_ANIMALS, ...HEAVENLY_STEMS,
]);

// The one-character starters by UTF-16 unit: the walk asks about every token of the text.
const STARTER_UNITS = new Uint8Array(65536);
for (const starter of STARTERS) if (starter.length === 1) STARTER_UNITS[starter.charCodeAt(0)] = 1;

/** What may follow a starter: tokens by text, and any number (digits or numeral), digits, or space token. */
interface Followers {
  texts: ReadonlySet<string>;
  number?: boolean;
  digits?: boolean;
  space?: boolean;
  /** The first UTF-16 units in the view of the tokens `texts` holds (see `unitsReadAs`). */
  firstUnits: ReadonlySet<number>;
}

function followers(texts: Iterable<string>, kinds: { number?: boolean; digits?: boolean; space?: boolean } = {}): Followers {
  const set = new Set(texts);
  const firstUnits = new Set<number>();
  for (const text of set) for (const unit of unitsReadAs(text)) firstUnits.add(unit);
  return { texts: set, ...kinds, firstUnits };
}

// 上周, 上个月, 上一年, 上上周, 上季度, 下周末, 上星期五: the shifts (readShifts) before a week (readWeek), a month
// (readShiftedMonth), a year (readYear: 上一年) or a quarter (readRelativeQuarter).
const AFTER_SHIFT = followers(['上', '下', '一', '个', '月', '月份', '季度', '周末', ...WEEK_WORDS]);
// A number's unit or connective: 年/年度 (readYear), 世纪/年代 (readDecade), 年/天/个 before 前/后 (readCountedOffset),
// 个/季度 (readQuarter), 月/月份 (readMonth), 日/号 (readDay), 时/点/点钟 (readTime), a range or list connective
// that lends it the next number's unit (unitAhead, unitOfConsecutiveList), or a space before any of these.
const AFTER_NUMBER_TEXTS = [
  '年', '年度', '世纪', '年代', '天', '个', '季度', '月', '月份', '日', '号', '时', '点', '点钟', ...RANGE_CONNECTIVES, ...LIST_CONNECTIVES,
];
const AFTER_NUMBER = followers(AFTER_NUMBER_TEXTS, { space: true });
// Digits also begin numeric dates: 2023-07-21, 113/01/13, 12/1, 6·30 (readNumeric), 15:30 (readTime).
const AFTER_DIGITS = followers([...AFTER_NUMBER_TEXTS, '-', '/', '.', '·', ':'], { space: true });
const AFTER_PART_OF_DAY = followers(['零时', '零点'], { number: true });

/**
 * The starters that begin an expression only before one of their followers. A starter not listed (今天, 去年,
 * 春节, 上午 …) is a date word on its own and is always tried.
 */
const FOLLOWERS = new Map<string, Followers>([
  ['上', AFTER_SHIFT],
  ['下', AFTER_SHIFT],
  // 本月, 本周, 本季度, 本一年 (readYear), 本个月
  ['本', followers(['一', '个', '月', '月份', '季度', '周末', ...WEEK_WORDS])],
  // 这周, 这个月, 这一年, 这季度 (这月 is not read)
  ['这', followers(['一', '个', '季度', '周末', ...WEEK_WORDS])],
  // 当季度, 当个季度 (readRelativeQuarter)
  ['当', followers(['个', '季度'])],
  // 年初, 年底, 年末 (readYearPeriod)
  ['年', followers(['初', '底', '末'])],
  // 月初, 月底, 月末, 月第二周, 月前五天, 月最后三天 (readMonthPeriod)
  ['月', followers(['初', '底', '末', '第', '前', '最后'])],
  // 第三季度 (readQuarter)
  ['第', followers([], { number: true })],
  // 前三季度 (readQuarter), 前(6)日 (readBracketedRelativeDay)
  ['前', followers(['('], { number: true })],
  // 首季度 (readQuarter)
  ['首', followers(['季度'])],
  // 后日 (readDay)
  ['后', followers(['日'])],
  // 初一 (readFirstTenDays), 闰四月 (readMonth)
  ['初', followers([], { number: true })],
  ['闰', followers([], { number: true })],
  // 大年初三, 大年三十 (readNewYearDay)
  ['大年', followers(['初'], { number: true })],
  // Q1 (readQuarter)
  ['Q', followers([], { digits: true })],
  // 周五, 星期日, 周星期五 (readWeekdayAfterWord)
  ...WEEK_WORDS.map((word): [string, Followers] => [word, followers([...Object.keys(WEEKDAYS), '周', '星期'])]),
  // 今(8)日, 昨(7)日, 明(9)日 (readBracketedRelativeDay); 前 is listed above
  ...Object.keys(BRACKETED_DAY_WORDS).filter((word) => word !== '前').map((word): [string, Followers] => [word, followers(['('])]),
  // 晚8时 (readPartOfDay reads 早/晚/夜 only before a number)
  ...Object.keys(PART_OF_DAY_CHARS).map((word): [string, Followers] => [word, followers([], { number: true })]),
  // 上午 alone is no point: readClock keeps a part of the day only before a time (上午9点, 下午零时)
  ...Object.keys(PARTS_OF_DAY).map((word): [string, Followers] => [word, AFTER_PART_OF_DAY]),
  // 马年 (readZodiacYear), 甲子年 (readSexagenaryYear)
  ...[...ZODIAC_ANIMALS].map((animal): [string, Followers] => [animal, followers(['年'])]),
  ...[...HEAVENLY_STEMS].map((stem): [string, Followers] => [stem, followers([...EARTHLY_BRANCHES])]),
  // 新年 names a day only after a year (readFestival), so it starts nothing
  ...[...FESTIVALS_NEEDING_YEAR].map((word): [string, Followers] => [word, followers([])]),
]);

/** The numeral that names a festival on its own: 五一 (readFestival). */
const FESTIVAL_NUMERAL = '五一';

/** True when `token` is a number or a starter: the tokens an expression can begin with, whatever follows them. */
export function canStart(token: Token): boolean {
  if (token.kind === 'digits' || token.kind === 'numeral') return true;
  return isStarter(token);
}

function isStarter(token: Token): boolean {
  return token.text.length === 1 ? STARTER_UNITS[token.text.charCodeAt(0)] === 1 : STARTERS.has(token.text);
}

function follows(allowed: Followers, next: Token | undefined): boolean {
  if (next === undefined) return false;
  if (allowed.number && (next.kind === 'digits' || next.kind === 'numeral')) return true;
  if (allowed.digits && next.kind === 'digits') return true;
  if (allowed.space && next.kind === 'space') return true;
  return allowed.texts.has(next.text);
}

/** Digits that are a date on their own: 20230721 (readCompactDate), a four-digit year (readYearMonthDay, readBareYear). */
function digitsDateAlone(token: Token): boolean {
  const length = token.text.length;
  return length === 8 || (length === 4 && token.value >= 1000 && token.value <= 2999);
}

/**
 * True when an expression may begin at token `at`: false only where {@link readExpression} finds none (a token
 * that starts nothing, or a starter without any of its followers after it).
 */
export function mayStartAt(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  const next = at + 1 < tokens.length ? tokens[at + 1] : undefined;
  if (token.kind === 'digits') return digitsDateAlone(token) || follows(AFTER_DIGITS, next);
  if (token.kind === 'numeral') return token.text === FESTIVAL_NUMERAL || follows(AFTER_NUMBER, next);
  if (!isStarter(token)) return false;
  const allowed = FOLLOWERS.get(token.text);
  return allowed === undefined || follows(allowed, next);
}

/** A word that may begin an expression at a unit: the word, and what must follow it (none: nothing). */
interface StartPattern {
  word: string;
  followers: Followers | undefined;
}

/**
 * The starters by their first UTF-16 unit, for the scan of the view: a token that can begin an expression
 * begins with its starter's first unit (a word token's text is the listed word or the character itself).
 */
const PATTERNS_BY_UNIT = new Map<number, StartPattern[]>();
for (const word of STARTERS) {
  const unit = word.charCodeAt(0);
  const patterns = PATTERNS_BY_UNIT.get(unit) ?? [];
  patterns.push({ word, followers: FOLLOWERS.get(word) });
  PATTERNS_BY_UNIT.set(unit, patterns);
}
const NUMBER_UNITS = new Uint8Array(65536);
for (const numeral of CHINESE_NUMERAL_CHARS) NUMBER_UNITS[numeral.charCodeAt(0)] = 1;
for (let digit = 0x30; digit <= 0x39; digit++) NUMBER_UNITS[digit] = 1;
// Units worth a closer look: a starter's first unit or a number's.
const MAY_START = new Uint8Array(NUMBER_UNITS);
for (const unit of PATTERNS_BY_UNIT.keys()) MAY_START[unit] = 1;

/** Whether the token that begins at `at` of the view may be one of `allowed` (false past the end). */
function unitFollows(allowed: Followers, view: string, at: number): boolean {
  if (at >= view.length) return false;
  const code = view.charCodeAt(at);
  if (allowed.number && (isDigitUnit(code) || isNumeralUnit(code))) return true;
  if (allowed.digits && isDigitUnit(code)) return true;
  if (allowed.space && isSpaceUnit(code)) return true;
  return allowed.firstUnits.has(code);
}

/** True when the four units of the view at `at` read as a year a four-digit number may name (1000–2999). */
function fourDigitYearAt(view: string, at: number): boolean {
  const value = Number(view.slice(at, at + 4));
  return value >= 1000 && value <= 2999;
}

/** True when 五一 stands inside the numeral run `[at, end)`. */
function holdsFestivalNumeral(view: string, at: number, end: number): boolean {
  for (let unit = at; unit + FESTIVAL_NUMERAL.length <= end; unit++) if (view.startsWith(FESTIVAL_NUMERAL, unit)) return true;
  return false;
}

/**
 * Whether a token inside the run of digits or numerals `[at, end)` (the longest run there) may begin an expression.
 * A digits token is the whole run. A numeral token may stop short of `end` (before a listed word, or after 初), but
 * then a numeral or a listed word follows it, which is no number's follower: only 五一 may begin inside the run,
 * and any other numeral token needs a follower at `end`.
 */
function numberRunMayStart(view: string, at: number, end: number): boolean {
  if (isDigitUnit(view.charCodeAt(at))) {
    const length = end - at;
    return length === 8 || (length === 4 && fourDigitYearAt(view, at)) || unitFollows(AFTER_DIGITS, view, end);
  }
  return holdsFestivalNumeral(view, at, end) || unitFollows(AFTER_NUMBER, view, end);
}

function numberRunEnd(view: string, at: number): number {
  const digits = isDigitUnit(view.charCodeAt(at));
  let end = at + 1;
  while (end < view.length && (digits ? isDigitUnit(view.charCodeAt(end)) : isNumeralUnit(view.charCodeAt(end)))) end++;
  return end;
}

/** Whether a starter word at `at` of the view, followed by one of its followers, may begin an expression there. */
function starterMayStart(view: string, at: number, patterns: readonly StartPattern[]): boolean {
  for (const { word, followers: allowed } of patterns) {
    if (!view.startsWith(word, at)) continue;
    if (allowed === undefined || unitFollows(allowed, view, at + word.length)) return true;
  }
  return false;
}

/**
 * The first offset at or after `from` where an expression may begin, or -1: every offset where one does begin
 * is at least as far on, and a text without such an offset holds none. Linear: each run of numbers is read once.
 */
export function nextPossibleStart(view: string, from: number): number {
  // The end of the last run of numbers judged: the tokens that begin inside it were judged with it.
  let runEnd = from;
  for (let at = from; at < view.length; at++) {
    const code = view.charCodeAt(at);
    if (MAY_START[code] === 0) continue;
    if (NUMBER_UNITS[code] === 1 && at >= runEnd) {
      runEnd = numberRunEnd(view, at);
      if (numberRunMayStart(view, at, runEnd)) return at;
    }
    // a numeral may also begin a listed starter (零时, 七夕)
    const patterns = PATTERNS_BY_UNIT.get(code);
    if (patterns !== undefined && starterMayStart(view, at, patterns)) return at;
  }
  return -1;
}
