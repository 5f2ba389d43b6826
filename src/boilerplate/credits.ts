/**
 * Credits in page text: credit lines (来源:…, 编辑:…), trailing photo credits (记者 X 摄), and byline
 * lines that open with the publication date. Labels and their roles come from dict/credit-roles.txt.
 */
import { lazy, readDictRows } from '../nlp/index.js';
import { charClass, COMMAS, ELLIPSIS, ENUMERATION_COMMA, SEMICOLONS, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { CreditRole, Credits } from '../types.js';
import { CREDITS_KEY } from './roles.js';

/** What one credit line or inline credit says. */
export interface CreditFinding {
  role: CreditRole;
  names: string[];
  /** For `source`: the outlet without book-title marks (宁夏日报). */
  source?: string;
  /** For `source`: the channel after the outlet (官方微信). */
  channel?: string;
}

const roles = lazy(() => {
  const byLabel = new Map<string, CreditRole>();
  for (const [label, role] of readDictRows('credit-roles.txt')) byLabel.set(label, role as CreditRole);
  // Longest label first, so 责任编辑 wins over 编辑.
  const labels = [...byLabel.keys()].sort((a, b) => b.length - a.length);
  const alternation = labels.map(escapeRegExp).join('|');
  return {
    byLabel,
    // A label at the start of a line (after an opening bracket), then a colon.
    lineLabel: new RegExp(`^[(（【\\[]?\\s?(${alternation})\\s?[:：]`, 'u'),
    // Any label with a colon inside a credit line: 编辑:周思雨 校审:韩立.
    anyLabel: new RegExp(`(${alternation})\\s?[:：]`, 'gu'),
  };
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SENTENCE_PUNCTUATION = new RegExp(charClass(SENTENCE_END_MARKS, COMMAS, SEMICOLONS, ELLIPSIS), 'u');
const NAME_SEPARATORS = new RegExp(`${charClass('\\s', ENUMERATION_COMMA, COMMAS, SEMICOLONS, '/|')}+`, 'u');
// What may stand right before a photo credit at the end of a line: the end of a sentence, a closing quote or bracket, a space.
const BEFORE_TRAILING_CREDIT = new RegExp(`${charClass(SENTENCE_END_MARKS, '.”"’)）', '\\s')}$`, 'u');
const BRACKETS = /[()（）【】[\]]/gu;
const CHANNEL_SUFFIX = /(官方微信公众号|官方微信|微信公众号|官方微博|客户端|官网|网站|APP|app|微博|公众号)$/u;

/** A credit's value split into names: 2–6 characters each, Han or Latin. */
export function splitNames(value: string): string[] {
  return value
    .replace(BRACKETS, ' ')
    .split(NAME_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name.length >= 2 && name.length <= 12 && !/[:：\d]/.test(name));
}

function parseSource(value: string): { source: string; channel?: string } {
  const cleaned = value.replace(BRACKETS, '').trim();
  const quoted = /^《([^》]{1,40})》\s?(.{0,30})$/u.exec(cleaned);
  if (quoted) return quoted[2] ? { source: quoted[1], channel: quoted[2] } : { source: quoted[1] };
  const channel = CHANNEL_SUFFIX.exec(cleaned);
  if (channel && channel.index > 0) return { source: cleaned.slice(0, channel.index).trim(), channel: channel[1] };
  return { source: cleaned };
}

/**
 * Reads a line that is only credits (来源:…, 编辑:周思雨 校审:韩立 杜晓东, 【责任编辑:X】).
 * Returns null when the line does not start with a credit label followed by a colon.
 */
export function parseCreditLine(line: string): CreditFinding[] | null {
  if (line.length > 200) return null;
  const { byLabel, lineLabel, anyLabel } = roles();
  if (!lineLabel.test(line)) return null;
  const labels = [...line.matchAll(anyLabel)];
  const findings: CreditFinding[] = [];
  let spoken = false;
  labels.forEach((match, i) => {
    const valueEnd = i + 1 < labels.length ? labels[i + 1].index : line.length;
    const value = line.slice(match.index + match[0].length, valueEnd).trim();
    const role = byLabel.get(match[1]);
    if (!role || value === '') return;
    // 记者：您认为…？ is an interview question, not a byline: credits name people, they do not speak.
    if (role !== 'source' && (SENTENCE_PUNCTUATION.test(value) || value.length > 40)) {
      spoken = true;
      return;
    }
    if (role === 'source') findings.push({ role, names: [], ...parseSource(value) });
    else findings.push({ role, names: splitNames(value) });
  });
  return findings.length > 0 && !spoken ? findings : null;
}

// A photo credit closing a paragraph: 记者 赵文静 摄 / (新华社记者 张三 李四 摄) / 张三/摄 / 图/张三.
const TRAILING_PHOTO = /(?:[(（]\s?)?(?:(?:新华社|中新社|本报|本台|人民网|新华网)?(?:特约|摄影)?记者\s?)?([\p{Script=Han}·]{2,5}(?:[ 、][\p{Script=Han}·]{2,5}){0,3})\s?\/?\s?摄(?:影)?\s?[)）]?\s?$/u;
const TRAILING_PICTURE = /(?:[(（]\s?)?图\s?[/:：]\s?([\p{Script=Han}·]{2,5}(?:[ 、][\p{Script=Han}·]{2,5}){0,3})\s?[)）]?\s?$/u;
const TAIL = 60;

/** A photo credit at the end of a paragraph: where it starts in the line and who took the photo. */
export interface TrailingCredit {
  start: number;
  photographers: string[];
}

/**
 * Finds a photo credit at the end of a line. Only the last few dozen characters are searched,
 * which keeps the cost constant however long the line is.
 */
export function findTrailingPhotoCredit(line: string): TrailingCredit | null {
  const offset = Math.max(0, line.length - TAIL);
  const tail = line.slice(offset);
  const match = TRAILING_PHOTO.exec(tail) ?? TRAILING_PICTURE.exec(tail);
  if (!match) return null;
  let start = offset + match.index;
  // The credit must stand apart from the sentence: after punctuation or a space, or as the whole line.
  const before = line.slice(0, start);
  if (before !== '' && !BEFORE_TRAILING_CREDIT.test(before)) return null;
  while (start > 0 && line[start - 1] === ' ') start--;
  return { start, photographers: splitNames(match[1]) };
}

/** Adds the names of a finding to `credits`, without duplicates. */
export function addCredit(credits: Credits, finding: CreditFinding): void {
  if (finding.role === 'source') return;
  const list = credits[CREDITS_KEY[finding.role]];
  for (const name of finding.names) if (!list.includes(name)) list.push(name);
}

// A line that opens with a publication date or time label: 2023-07-23 10:00 来源:新华社 / 发布时间：2019年12月10日.
// The date and its time of day (下午3:05 included) are captured together for the date engine to read.
const DATELINE = /^(?:(?:发布|发表|更新|出版)?(?:时间|日期)\s?[:：]\s?)?((?:\d{4}\s?[-年/.]\s?\d{1,2}\s?[-月/.]\s?\d{1,2}\s?日?|\d{1,2}\/\d{1,2}\/\d{4})(?:\s?(?:[-—]\s?)?(?:上午|下午|晚上|凌晨|中午|早上|傍晚)?\s?\d{1,2}:\d{2}(?::\d{2})?)?)/u;

/** What a byline line of page text says: when it was published, and the credits after the date. */
export interface Byline {
  /** The date and time as written, for the date engine to read. */
  written: string;
  findings: CreditFinding[];
}

/**
 * Reads a short line that starts with the publication date and may carry 来源/作者/编辑 after it.
 * Returns null for anything longer or anything that reads as a sentence.
 */
export function parseBylineLine(line: string): Byline | null {
  if (line.length > 120 || SENTENCE_PUNCTUATION.test(line)) return null;
  const date = DATELINE.exec(line);
  if (!date) return null;
  const rest = line.slice(date[0].length).replace(/^\s?(更新|发布|发表)?\s?/u, '');
  if (rest === '') return { written: date[1].trim(), findings: [] };
  const credits = parseCreditLine(rest);
  return credits ? { written: date[1].trim(), findings: credits } : null;
}
