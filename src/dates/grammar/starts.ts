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
import { isDigitUnit, isNumeralUnit, isSpaceUnit, type Token, tokenize, unitsReadAs } from '../lexer.js';
import {
  BRACKETED_DAY_WORDS, EARTHLY_BRANCHES, FESTIVAL_WORDS, HEAVENLY_STEMS, LIST_CONNECTIVES, LUNAR_MONTH_NAMES, PARTS_OF_DAY,
  PART_OF_DAY_CHARS, RANGE_CONNECTIVES, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_YEARS, WEEKDAYS, WEEK_WORDS, ZODIAC_ANIMALS,
} from '../vocabulary.js';
import { FESTIVALS_NEEDING_YEAR } from './numeric.js';
import { mayNameYear } from './year.js';

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

/**
 * What may follow a starter (or a follower): tokens by text, any number (digits or numeral), digits, or a space,
 * each with what must follow it in turn (null: anything).
 */
interface Followers {
  texts: ReadonlyMap<string, Followers | null>;
  number?: Followers | null;
  digits?: Followers | null;
  space?: Followers | null;
  /** The texts by the UTF-16 units their tokens may begin with in the view (see `unitsReadAs`). */
  textsByUnit: ReadonlyMap<number, readonly string[]>;
}

/** Kinds of token that may follow, each with what must follow it (null: anything). */
type KindFollowers = Pick<Followers, 'number' | 'digits' | 'space'>;

/** Followers from texts (a text alone, or with what must follow it) and kinds. */
function followers(texts: Iterable<string | readonly [string, Followers]>, kinds: KindFollowers = {}): Followers {
  const byText = new Map<string, Followers | null>();
  for (const entry of texts) {
    if (typeof entry === 'string') byText.set(entry, null);
    else byText.set(entry[0], entry[1]);
  }
  const textsByUnit = new Map<number, string[]>();
  for (const text of byText.keys()) {
    for (const unit of unitsReadAs(text)) textsByUnit.set(unit, [...(textsByUnit.get(unit) ?? []), text]);
  }
  return { texts: byText, ...kinds, textsByUnit };
}

/** The texts of `words`, each needing `next` after it. */
const each = (words: Iterable<string>, next: Followers): Array<readonly [string, Followers]> => [...words].map((word) => [word, next] as const);

// After a number that a connective or separator joins to the next one (1至6月, 5及6日, 2023-07, 15:30): a number,
// or a space before it.
const JOINED_NUMBER = followers([], { number: null, space: null });
// 上个月, 这个星期, 本个季度, 上一个周末 (readShiftedMonth, readWeek, readRelativeQuarter)
const AFTER_SHIFT_MEASURE = followers(['月', '月份', '季度', '周末', ...WEEK_WORDS]);
// 上一年 (readYear), 上一周 and 上一个星期 (readWeek), 上一个月 (readShiftedMonth)
const AFTER_SHIFT_ONE = followers(['年', '周', ['个', AFTER_SHIFT_MEASURE]]);
// 上周, 上个月, 上一年, 上上周, 上季度, 下周末, 上星期五: the shifts (readShifts) before a week (readWeek), a month
// (readShiftedMonth), a year (readYear: 上一年) or a quarter (readRelativeQuarter).
const AFTER_SHIFT = followers(['上', '下', ['一', AFTER_SHIFT_ONE], ['个', AFTER_SHIFT_MEASURE], '月', '月份', '季度', '周末', ...WEEK_WORDS]);
// 三个季度 (readQuarter), 两个月前 (readCountedOffset)
const AFTER_NUMBER_MEASURE = followers(['月', '季度']);
// A number's unit or connective: 年/年度 (readYear), 世纪/年代 (readDecade), 年/天/个月 before 前/后 (readCountedOffset),
// 个季度/季度 (readQuarter), 月/月份 (readMonth), 日/号 (readDay), 时/点/点钟 (readTime), a range or list connective
// that lends it the next number's unit (unitAhead, unitOfConsecutiveList), or a space before any of these. A number
// that names no year (三, 5) is read before 年 only as a count of years ago or ahead (三年前, 5年后).
function numberFollowers(namesYear: boolean, separators: readonly string[]): Followers {
  const year = namesYear ? ['年', '年度'] : [['年', followers(['前', '后'])] as const];
  return followers(
    [
      ...year, '世纪', '年代', ['天', followers(['前', '后'])], ['个', AFTER_NUMBER_MEASURE], '季度', '月', '月份', '日', '号', '时',
      '点', '点钟', ...each(RANGE_CONNECTIVES, JOINED_NUMBER), ...each(LIST_CONNECTIVES, JOINED_NUMBER), ...each(separators, JOINED_NUMBER),
    ],
    { space: null },
  );
}
const AFTER_NUMBER = numberFollowers(true, []);
const AFTER_COUNT = numberFollowers(false, []);
// Digits also begin numeric dates and clock times: 09-01, 12/1, 6·30 and 15:30 (one or two digits; readNumeric,
// readTime), 113/01/13 and 113.01.13 (three digits).
const SHORT_DIGIT_SEPARATORS = ['-', '/', '·', ':'];
const AFTER_SHORT_DIGITS = numberFollowers(true, SHORT_DIGIT_SEPARATORS);
const AFTER_ONE_DIGIT = numberFollowers(false, SHORT_DIGIT_SEPARATORS);
const THREE_DIGIT_SEPARATORS = ['-', '/', '.'];
const AFTER_THREE_DIGITS = numberFollowers(true, THREE_DIGIT_SEPARATORS);
const AFTER_THREE_DIGIT_COUNT = numberFollowers(false, THREE_DIGIT_SEPARATORS);
const AFTER_PART_OF_DAY = followers(['零时', '零点'], { number: null });
// 第三季度, 前三个季度 (readQuarter)
const QUARTER_COUNT = followers([], { number: followers(['季度', ['个', followers(['季度'])]]) });

/**
 * The starters that begin an expression only before one of their followers. A starter not listed (今天, 去年,
 * 春节, 上午 …) is a date word on its own and is always tried.
 */
const FOLLOWERS = new Map<string, Followers>([
  ['上', AFTER_SHIFT],
  ['下', AFTER_SHIFT],
  // 本月, 本周, 本季度, 本一年 (readYear), 本个月
  ['本', followers([['一', AFTER_SHIFT_ONE], ['个', AFTER_SHIFT_MEASURE], '月', '月份', '季度', '周末', ...WEEK_WORDS])],
  // 这周, 这个月, 这一年, 这季度 (这月 is not read)
  ['这', followers([['一', AFTER_SHIFT_ONE], ['个', AFTER_SHIFT_MEASURE], '季度', '周末', ...WEEK_WORDS])],
  // 当季度, 当个季度 (readRelativeQuarter)
  ['当', followers([['个', followers(['季度'])], '季度'])],
  // 年初, 年底, 年末 (readYearPeriod)
  ['年', followers(['初', '底', '末'])],
  // 月初, 月底, 月末, 月第二周, 月前五天, 月最后三天 (readMonthPeriod)
  ['月', followers(['初', '底', '末', '第', '前', '最后'])],
  ['第', QUARTER_COUNT],
  // 前三季度 (readQuarter), 前(6)日 (readBracketedRelativeDay)
  ['前', followers(['('], { number: QUARTER_COUNT.number })],
  // 首季度 (readQuarter)
  ['首', followers(['季度'])],
  // 后日 (readDay)
  ['后', followers(['日'])],
  // 初一 (readFirstTenDays), 闰四月 (readMonth)
  ['初', followers([], { number: null })],
  ['闰', followers([], { number: null })],
  // 大年初三, 大年三十 (readNewYearDay)
  ['大年', followers(['初'], { number: null })],
  // Q1 (readQuarter)
  ['Q', followers([], { digits: null })],
  // 周五, 星期日, 周星期五 (readWeekdayAfterWord)
  ...WEEK_WORDS.map((word): [string, Followers] => [word, followers([...Object.keys(WEEKDAYS), '周', '星期'])]),
  // 今(8)日, 昨(7)日, 明(9)日 (readBracketedRelativeDay); 前 is listed above
  ...Object.keys(BRACKETED_DAY_WORDS).filter((word) => word !== '前').map((word): [string, Followers] => [word, followers(['('])]),
  // 晚8时 (readPartOfDay reads 早/晚/夜 only before a number)
  ...Object.keys(PART_OF_DAY_CHARS).map((word): [string, Followers] => [word, followers([], { number: null })]),
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

/** What a token of this kind may be followed by under `allowed`: undefined when no token of its kind may follow. */
function kindFollowers(allowed: Followers, token: Token): Followers | null | undefined {
  if (token.kind === 'space') return allowed.space;
  if (token.kind === 'digits') return allowed.digits !== undefined ? allowed.digits : allowed.number;
  return token.kind === 'numeral' ? allowed.number : undefined;
}

/** True when the token at `at` is one of `allowed`, followed in turn by what it needs (one level per follower of a follower). */
function follows(allowed: Followers, tokens: Token[], at: number): boolean {
  if (at >= tokens.length) return false;
  const token = tokens[at];
  const byText = allowed.texts.get(token.text);
  if (byText === null || (byText !== undefined && follows(byText, tokens, at + 1))) return true;
  const byKind = kindFollowers(allowed, token);
  return byKind === null || (byKind !== undefined && follows(byKind, tokens, at + 1));
}

/**
 * The followers of a number that begins no date alone: by whether it may name a year, and for digits by their
 * length (separators join only short numbers into dates and times).
 */
function numberFollowersOf(digits: boolean, length: number, namesYear: boolean): Followers {
  if (digits && length <= 2) return namesYear ? AFTER_SHORT_DIGITS : AFTER_ONE_DIGIT;
  if (digits && length === 3) return namesYear ? AFTER_THREE_DIGITS : AFTER_THREE_DIGIT_COUNT;
  return namesYear ? AFTER_NUMBER : AFTER_COUNT;
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
  if (token.kind === 'digits' || token.kind === 'numeral') {
    if (token.kind === 'digits' ? digitsDateAlone(token) : token.text === FESTIVAL_NUMERAL) return true;
    return follows(numberFollowersOf(token.kind === 'digits', token.text.length, mayNameYear(tokens, at)), tokens, at + 1);
  }
  if (!isStarter(token)) return false;
  const allowed = FOLLOWERS.get(token.text);
  return allowed === undefined || follows(allowed, tokens, at + 1);
}

/** A word that may begin an expression at a unit: the word, and what must follow it (none: nothing). */
interface StartPattern {
  word: string;
  /** The word's second unit (-1 for a one-unit word): most occurrences of a starter's first unit fail on it. */
  second: number;
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
  patterns.push({ word, second: word.length > 1 ? word.charCodeAt(1) : -1, followers: FOLLOWERS.get(word) });
  PATTERNS_BY_UNIT.set(unit, patterns);
}
const NUMBER_UNITS = new Uint8Array(65536);
for (const numeral of CHINESE_NUMERAL_CHARS) NUMBER_UNITS[numeral.charCodeAt(0)] = 1;
for (let digit = 0x30; digit <= 0x39; digit++) NUMBER_UNITS[digit] = 1;
// Units worth a closer look: a starter's first unit or a number's.
const MAY_START = new Uint8Array(NUMBER_UNITS);
for (const unit of PATTERNS_BY_UNIT.keys()) MAY_START[unit] = 1;

/**
 * Whether the token that begins at `at` of the view may be one of `allowed`, followed by what it needs (false past
 * the end): a text follower where the view spells it, a number up to the end of its run. Recursion one level per
 * follower of a follower (three at most).
 */
function unitFollows(allowed: Followers, view: string, at: number): boolean {
  if (at >= view.length) return false;
  const code = view.charCodeAt(at);
  if (isDigitUnit(code) || isNumeralUnit(code)) {
    const byKind = isDigitUnit(code) && allowed.digits !== undefined ? allowed.digits : allowed.number;
    if (byKind === null || (byKind !== undefined && unitFollows(byKind, view, numberRunEnd(view, at)))) return true;
  }
  if (isSpaceUnit(code) && allowed.space !== undefined) return true;
  for (const text of allowed.textsByUnit.get(code) ?? []) {
    // a dash, tilde or space the lexer reads as `text`: how far its token reaches is not known here
    if (code !== text.charCodeAt(0)) return true;
    if (!view.startsWith(text, at)) continue;
    const next = allowed.texts.get(text)!;
    if (next === null || unitFollows(next, view, at + text.length)) return true;
  }
  return false;
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

// Whether a number of one unit may name a year, by its unit (a longer number is taken as one that may).
const SINGLE_UNIT_NAMES_YEAR = new Uint8Array(65536);
for (const unit of [...CHINESE_NUMERAL_CHARS, ...'0123456789']) SINGLE_UNIT_NAMES_YEAR[unit.charCodeAt(0)] = mayNameYear(tokenize(unit), 0) ? 1 : 0;

/**
 * Whether a token inside the run of digits or numerals `[at, end)` (the longest run there) may begin an expression.
 * A digits token is the whole run. A numeral token may stop short of `end` (before a listed word, or after 初), but
 * then a numeral or a listed word follows it, which is no number's follower: only 五一 may begin inside the run,
 * and any other numeral token needs a follower at `end`.
 */
function numberRunMayStart(view: string, at: number, end: number): boolean {
  const digits = isDigitUnit(view.charCodeAt(at));
  const length = end - at;
  if (digits ? length === 8 || (length === 4 && fourDigitYearAt(view, at)) : holdsFestivalNumeral(view, at, end)) return true;
  const namesYear = length > 1 || SINGLE_UNIT_NAMES_YEAR[view.charCodeAt(at)] === 1;
  return unitFollows(numberFollowersOf(digits, length, namesYear), view, end);
}

function numberRunEnd(view: string, at: number): number {
  const digits = isDigitUnit(view.charCodeAt(at));
  let end = at + 1;
  while (end < view.length && (digits ? isDigitUnit(view.charCodeAt(end)) : isNumeralUnit(view.charCodeAt(end)))) end++;
  return end;
}

/** Whether a starter word at `at` of the view, followed by one of its followers, may begin an expression there. */
function starterMayStart(view: string, at: number, patterns: readonly StartPattern[]): boolean {
  // NaN at the end of the view, read without going past it (a read past the end slows the scan that calls this).
  const secondUnit = at + 1 < view.length ? view.charCodeAt(at + 1) : NaN;
  for (const { word, second, followers: allowed } of patterns) {
    if (second !== -1 && (second !== secondUnit || !view.startsWith(word, at))) continue;
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
