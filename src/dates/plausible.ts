/**
 * Context checks the grammar cannot make on its own: whether a match is really a date where it
 * stands. Identifiers and decimals (ICP备12345678号, v2.3.1, IMG_20230721), counts and ordinals
 * (第2号, 近10年, 共2020人), numbered names (神舟十七号, 2号文件), document numbers ([2018]2号),
 * 后日 inside 之后日本, 国庆 inside 中国庆华, and years that only a page in the Republic of China
 * calendar writes (113/01/13).
 */
import type { Token } from './lexer.js';
import type { Expression, Parts } from './parts.js';
import type { PageFacts } from './resolve/context.js';
import { BEFORE_BARE_YEAR_MARKS, COUNT_BEFORE, DURATION_AFTER } from './vocabulary.js';

// Characters that make X后 a word of its own (之后, 随后, 会后), so a following 日 is not 后日.
const WORD_BEFORE_HOU = new Set([...'之此随然以最今落背其会午饭战赛前而稍事过先死身幕退延往向售婚病灾震节课餐产术']);
// Characters that make 日X a word (日本, 日子, 日益), so 后日 before them is not a date.
const WORD_AFTER_RI = new Set([...'本子益常报方军前后期程记元趋用渐夜照志历语韩文式军光']);
// After N号, characters that make it a numbered thing (2号文件, 3号机组, 5号台风) rather than a day.
const NUMBERED_THING_AFTER = new Set([...'文机台楼线院馆厅门口位床车窗桥井码令种字选球队店铺病房舱仓库坑泵站厂']);
// Before a bare year: punctuation, a space, or a preposition that puts a time next.
const PREPOSITIONS_BEFORE_BARE_YEAR = new Set([...'从自至到在于截止']);
// A year run into the next word may also follow a verb's 了 (总结了2019工作, 部署了2021重点任务).
const mayPrecedeBareYear = (text: string, beforeWord: boolean): boolean =>
  BEFORE_BARE_YEAR_MARKS.has(text) || PREPOSITIONS_BEFORE_BARE_YEAR.has(text) || (beforeWord && text === '了');
// Characters that end a word in X国 (中国, 全国, 两国), so a following 庆 is not the start of 国庆.
const WORD_ENDING_IN_GUO = new Set([...'中全美英法德俄韩日各祖我两外本万泰帝王邻大强小出回归建开爱报治卖救护异他诸该敌友盟联']);
// What follows a day written 五号 when it is a day: a part of the day, a clock time, a range or 起/前/后.
const DAY_FOLLOWERS = new Set([...'上下中晚早凌夜起前后以到至的那当晨午']);
// After these a number is a document or serial number ([2018]2号, 〔2020〕15号).
const SERIAL_BEFORE = new Set([']', '〕', '】', '#', 'No', 'NO', 'no']);
// A year run into a word counts only near the years the document is about.
const YEARS_BEFORE_ANCHOR = 30;
const YEARS_AFTER_ANCHOR = 5;
const YEARS_WITHOUT_ANCHOR = { from: 1950, to: 2035 };
// A bare year standing alone (2018，) may be any year of the last century and a half, but not far ahead.
const BARE_YEARS_BEFORE_ANCHOR = 150;
const BARE_YEARS_AFTER_ANCHOR = 10;

const isHan = (text: string): boolean => /^[\u4e00-\u9fff]/.test(text);

function onlyDays(parts: Parts): boolean {
  return parts.month === undefined && parts.monthShift === undefined && parts.year === undefined && parts.yearShift === undefined && parts.dayShift === undefined;
}

function twoDigitYearOnly(parts: Parts): boolean {
  return parts.yearForm === 'maybeRoc' && parts.year !== undefined && parts.year < 100 && parts.month === undefined;
}

/** Digits glued to letters, digits or identifier punctuation around the match. */
function partOfIdentifier(tokens: Token[], expression: Expression): boolean {
  const first = tokens[expression.firstToken];
  const last = tokens[expression.endToken - 1];
  const before = expression.firstToken > 0 ? tokens[expression.firstToken - 1] : null;
  const after = expression.endToken < tokens.length ? tokens[expression.endToken] : null;
  if (first.kind === 'digits' && before) {
    if (before.kind === 'latin' || before.kind === 'digits') return true;
    const joiner = ['.', '-', '/', ':', '_', '·'].includes(before.text);
    const beforeJoiner = expression.firstToken > 1 ? tokens[expression.firstToken - 2] : null;
    if (joiner && beforeJoiner && (beforeJoiner.kind === 'digits' || beforeJoiner.kind === 'latin')) return true;
  }
  if (last.kind === 'digits' && after) {
    if (after.kind === 'latin' || after.kind === 'digits' || after.text === '%') return true;
    const joiner = ['.', '/', ':', '-'].includes(after.text);
    if (joiner && tokens[expression.endToken + 1]?.kind === 'digits') return true;
  }
  return false;
}

/** 神舟十七号, 一号文件, 1、2号机组: a numbered name, not a day of the month. */
function numberedName(tokens: Token[], expression: Expression): boolean {
  const last = tokens[expression.endToken - 1];
  if (last.text !== '号' || !onlyDays(expression.from) || (expression.to && !onlyDays(expression.to))) return false;
  const before = expression.firstToken > 0 ? tokens[expression.firstToken - 1] : null;
  const after = expression.endToken < tokens.length ? tokens[expression.endToken] : null;
  if (after && NUMBERED_THING_AFTER.has(after.text)) return true;
  return !expression.to && before !== null && before.kind === 'word' && isHan(before.text) && !/[于在从自至到是为和与及、]/.test(before.text);
}

/** A year without a month or day that reads as a duration or a count rather than a date. */
function yearReadsAsCount(tokens: Token[], expression: Expression, anchorYear: number | null): boolean {
  const parts = expression.from;
  if (expression.to || parts.year === undefined || parts.month !== undefined || parts.day !== undefined || parts.period !== undefined || parts.festival !== undefined || parts.hour !== undefined) return false;
  const first = tokens[expression.firstToken];
  const before = expression.firstToken > 0 ? tokens[expression.firstToken - 1] : null;
  const after = expression.endToken < tokens.length ? tokens[expression.endToken] : null;
  // A lone two- or three-digit 年 is usually a duration (10年, 100年), unless written 07年.
  if (first.kind === 'digits' && first.text.length < 4 && !first.text.startsWith('0') && after && DURATION_AFTER.has(after.text)) return true;
  if (parts.yearForm === 'bare') {
    if (before && before.kind !== 'space' && !mayPrecedeBareYear(before.text, false)) return true;
    if (anchorYear !== null && (parts.year < anchorYear - BARE_YEARS_BEFORE_ANCHOR || parts.year > anchorYear + BARE_YEARS_AFTER_ANCHOR)) return true;
  }
  if (parts.yearForm === 'bareBeforeWord') {
    if (before && before.kind !== 'space' && !mayPrecedeBareYear(before.text, true)) return true;
    if (before && COUNT_BEFORE.has(before.text)) return true;
    const window = anchorYear === null ? YEARS_WITHOUT_ANCHOR : { from: anchorYear - YEARS_BEFORE_ANCHOR, to: anchorYear + YEARS_AFTER_ANCHOR };
    if (parts.year < window.from || parts.year > window.to) return true;
  }
  return false;
}

/** 中国庆华, 全国庆祝: 国庆 read across a word boundary. */
function festivalAcrossWords(view: string, tokens: Token[], expression: Expression): boolean {
  const first = tokens[expression.firstToken];
  if (first.text !== '国庆') return false;
  return first.start > 0 && WORD_ENDING_IN_GUO.has(view[first.start - 1]);
}

/** 洪训建[2018]2号, 〔2020〕15号: a document number, not a day. */
function serialNumber(tokens: Token[], expression: Expression): boolean {
  const before = expression.firstToken > 0 ? tokens[expression.firstToken - 1] : null;
  return before !== null && SERIAL_BEFORE.has(before.text) && onlyDays(expression.from) && !expression.to;
}

/**
 * 之后日本, 此后日益, 开盘后日经: 后日 (the day after tomorrow) is a date only as Hong Kong and Taiwan
 * pages write it, 後日, and only where neither character belongs to a neighbouring word. Simplified
 * text writes 后天; there 后日 is almost always 后 ending one word and 日 starting the next.
 */
function houRiInsideWords(text: string, view: string, tokens: Token[], expression: Expression): boolean {
  const first = tokens[expression.firstToken];
  if (first.text !== '后' || tokens[expression.firstToken + 1]?.text !== '日') return false;
  if (text[first.start] === view[first.start]) return true;
  const before = first.start > 0 ? view[first.start - 1] : '';
  const after = first.start + 2 < view.length ? view[first.start + 2] : '';
  return WORD_BEFORE_HOU.has(before) || WORD_AFTER_RI.has(after) || /[\d年月天周时分秒]/.test(before);
}

/** 13日元, 一、二号铜马车: a day-only date whose unit belongs to the next word, or a numbered thing. */
function dayReadsAsSomethingElse(view: string, tokens: Token[], expression: Expression): boolean {
  if (!onlyDays(expression.from) || (expression.to && !onlyDays(expression.to))) return false;
  const last = tokens[expression.endToken - 1];
  const after = last.end < view.length ? view[last.end] : '';
  // 日元 (yen) but not 日元旦
  if (last.text === '日' && after === '元' && view[last.end + 1] !== '旦') return true;
  // 一号, 二号 with no month: news writes days with digits; a Chinese numeral before 号 is a numbered thing
  const first = tokens[expression.firstToken];
  return last.text === '号' && first.kind === 'numeral' && isHan(after) && !DAY_FOLLOWERS.has(after);
}

/**
 * True when the expression is a date where it stands. `text` is the caller's text and `view` its
 * Simplified view; `anchorYear` is the year the document is about (its reference, publish date or last
 * written year), or null.
 */
export function plausibleDate(text: string, view: string, tokens: Token[], expression: Expression, page: PageFacts, anchorYear: number | null): boolean {
  if (partOfIdentifier(tokens, expression)) return false;
  const first = tokens[expression.firstToken];
  const before = expression.firstToken > 0 ? tokens[expression.firstToken - 1] : null;
  if (before && before.text === '第' && (first.kind === 'digits' || first.kind === 'numeral')) return false;
  if (numberedName(tokens, expression)) return false;
  if (yearReadsAsCount(tokens, expression, anchorYear)) return false;
  if (festivalAcrossWords(view, tokens, expression)) return false;
  if (serialNumber(tokens, expression)) return false;
  if (houRiInsideWords(text, view, tokens, expression)) return false;
  if (dayReadsAsSomethingElse(view, tokens, expression)) return false;
  const rocNumeric = expression.from.yearForm === 'rocNumeric' || expression.to?.yearForm === 'rocNumeric';
  if (rocNumeric && !page.rocCalendar()) return false;
  // 采摘25年至30年: two-digit years joined into a range are a span of years, unless the page counts ROC years
  if (expression.to && twoDigitYearOnly(expression.from) && twoDigitYearOnly(expression.to) && !page.rocCalendar()) return false;
  return true;
}
