/**
 * Credits that close a line of text: a photo credit after a caption (…考察。记者 X 摄, (新华社记者 X 摄),
 * (某某社 X摄)), a byline in brackets after the last sentence ((通讯员X 编辑Y), (X/文 Y/图 Z/审核)), a bare
 * name or an office in brackets ((张三), (县委办公室), (宣传部供稿)), and the dateline byline that opens a
 * story (本报讯(记者 X 通讯员 Y), 新华社北京5月8日电(记者X)). Read on the Simplified view; spans index the line.
 */
import { lastCreditLabel, readCredits, readLabelledCredits, type CreditFinding, type CreditReading } from './credit-reader.js';
import { wireDatelineOutlet } from './dateline.js';
import { lazy } from '../nlp/index.js';
import { looksLikeOffice, looksLikeOutlet, readsAsName } from './name-shape.js';
import { labelsAt } from './roles.js';
import { UnitSet } from './unit-set.js';

/** A credit at the end of a line. */
export interface TrailingCredit {
  /** Where the credit starts in the line; the text before it (trimmed) stays. */
  start: number;
  findings: CreditFinding[];
  /** The credit names a photographer: the text before it is a photo caption. */
  photo: boolean;
}

const TAIL = 90;
const BOUNDARY_BEFORE = /[。.!?…"”’)）\s]/u;
const OPEN = /[(（【\[]/u;
const CLOSE_OF: Record<string, string> = { '(': ')', '（': '）', '【': '】', '[': ']' };
// An office or unit standing as the source of a story: (县委办公室), (市人大常委会办公室供稿).
// Bracketed words that look like names but are marks of the story or the picture: (完), (左一), (资料图).
const NOT_A_BYLINE = /^(完|待续|续|左|右|中|前|后|上|下|图|组图|资料图|视频|央视|本报|本台)/u;

// Read by code unit: a one-character string of a Han character or a full-width mark is a new string each time.
const CLOSING_BRACKETS = UnitSet.of(')）】]');
const SENTENCE_CLOSERS = UnitSet.of('。.!?…"”’');

/** Whether `text` ends with a closing bracket (read by its last character, not by a pattern tried at every position). */
export function endsWithClosingBracket(text: string): boolean {
  return CLOSING_BRACKETS.has(text.charCodeAt(text.length - 1));
}

// The two character tests of a credit's start, read by code unit (they run on every character of a line's tail).
const OPEN_UNITS = lazy(() => UnitSet.of('(（【['));
const BOUNDARY_UNITS = lazy(() => UnitSet.matching(BOUNDARY_BEFORE));

/** The positions in the last stretch of a line where a closing credit may start, earliest first. */
function candidateStarts(view: string): number[] {
  const open = OPEN_UNITS();
  const boundary = BOUNDARY_UNITS();
  const from = Math.max(1, view.length - TAIL);
  const starts: number[] = [];
  if (view.length <= TAIL) starts.push(0);
  for (let i = from; i < view.length - 1 && starts.length < 10; i++) {
    const unit = view.charCodeAt(i);
    if (open.has(unit) || (boundary.has(view.charCodeAt(i - 1)) && !boundary.has(unit)) || gluedLabelAt(view, i)) starts.push(i);
  }
  return starts;
}

// A label this long that may stand bare (本报记者, 通讯员, 实习生) starts a credit even glued to the text before it,
// as an inline element's byline is when the page puts no break before it (该中心<span>本报记者 X</span>).
const GLUED_LABEL_LENGTH = 3;

/** True when a long bare label of a person's role starts at `at`, right after a Han character. */
function gluedLabelAt(view: string, at: number): boolean {
  return HAN_UNIT.test(view[at - 1] ?? '') && labelsAt(view, at).some((label) => label.label.length >= GLUED_LABEL_LENGTH && label.forms.has('bare') && label.role !== 'source');
}

const HAN_UNIT = /\p{Script=Han}/u;

/**
 * True when no credit can close `view`: it does not end with a closing bracket (which a bare name or office
 * needs) and a full stop or an ellipsis stands in its last two characters, past every place a credit may start.
 */
export function closesWithoutCredit(view: string): boolean {
  // Whether the last stop stands in the last two characters is told by those two alone.
  const n = view.length;
  return !endsWithClosingBracket(view) && (n === 0 || isStop(view.charCodeAt(n - 1)) || isStop(view.charCodeAt(n - 2)));
}

/** 。 or …, across which no credit reading runs. */
function isStop(unit: number): boolean {
  return unit === 0x3002 || unit === 0x2026;
}

/** The last position of 。 or … in `view`, or -1. */
function lastStop(view: string): number {
  for (let i = view.length - 1; i >= 0; i--) if (isStop(view.charCodeAt(i))) return i;
  return -1;
}

/** A bracketed bare name or office at the end: (张三) → author, (县委办公室) → source. */
function bareBracketCredit(line: string, view: string, start: number): CreditFinding[] | null {
  const open = view[start];
  const close = CLOSE_OF[open];
  if (!close || view[view.length - 1] !== close) return null;
  const inner = view.slice(start + 1, view.length - 1).trim();
  const innerStart = start + 1 + view.slice(start + 1).search(/\S/u);
  if (inner.length < 2 || inner.length > 24 || /[\s,，、:;。!?()（）]/u.test(inner) || NOT_A_BYLINE.test(inner)) return null;
  if (readsAsName(inner)) {
    return [{ role: 'author', label: '', names: [{ name: line.slice(innerStart, innerStart + inner.length), start: innerStart, end: innerStart + inner.length }] }];
  }
  if (/^\p{Script=Han}+$/u.test(inner) && (looksLikeOffice(inner) || looksLikeOutlet(inner)) && inner.length >= 3) {
    const source = inner.replace(/(供稿|提供)$/u, '');
    return [{ role: 'source', label: '', names: [], source: line.slice(innerStart, innerStart + source.length) }];
  }
  return null;
}

/**
 * The credit that closes `line`, if any: the longest tail that reads as nothing but credits. A bracketed
 * bare name or office counts only after a sentence (or as the whole line).
 */
export function findTrailingCredit(line: string, view: string): TrailingCredit | null {
  if (view.length < 2) return null;
  const tailStart = Math.max(0, view.length - TAIL);
  // Without a label near the end, only a bracketed bare name or office can close the line.
  const lastLabel = lastCreditLabel(view, tailStart);
  if (!endsWithClosingBracket(view) && lastLabel < 0) return null;
  const stop = lastStop(view);
  for (const start of candidateStarts(view)) {
    const before = view.slice(0, start).trimEnd();
    // The credit must stand apart: after a sentence, a bracket, a space, or as the whole line.
    if (before !== '' && !BOUNDARY_BEFORE.test(view[start - 1]) && !OPEN.test(view[start]) && !gluedLabelAt(view, start)) continue;
    // A full stop or an ellipsis after the start ends any reading there; past the last label there is nothing to
    // read, and before it a label may stand (so the reader need not look for one).
    const reading = start > stop && start <= lastLabel ? readLabelledCredits(line, view, start, view.length) : null;
    if (reading?.pure) {
      // Only a credit of nothing but photographers makes the text before it a photo caption.
      const photo = reading.findings.every((finding) => finding.role === 'photographer');
      return { start, findings: reading.findings, photo };
    }
    if (OPEN.test(view[start]) && (before === '' || SENTENCE_CLOSERS.has(before.charCodeAt(before.length - 1)))) {
      const bare = bareBracketCredit(line, view, start);
      if (bare) return { start, findings: bare, photo: false };
    }
  }
  return null;
}

// A story's dateline: 本报讯, 新华社北京5月8日电, 某某网3月2日讯, then the byline in brackets.
const DATELINE = /^.{0,30}?(?:讯|电|消息|报道|报)\s?[(（]/u;

// A byline that opens a story before a colon or comma: 某某台记者张明报道:…, 记者 王明 李华:…
const OPENING_BYLINE = /^[^,:;。!?]{2,30}?(?:报道|报导)?[:,]/u;

// A byline in brackets that opens a story: 〔記者王某／台北報導〕…, （记者 王某）….
const BRACKETED_OPENING = /^[(（〔【[][^()（）〔〕【】[\]]{2,40}[)）〕】\]]/u;

/** The credits of a story's opening byline, with its span in the line. */
export interface OpeningCredit {
  start: number;
  end: number;
  findings: CreditFinding[];
}

/**
 * The credits of the byline that opens a story, with its span; the text stays. Either the dateline's bracket
 * (本报讯(记者 X 通讯员 Y), 新华社北京5月8日电(记者X)), an opening credit before a colon or comma
 * (某某台记者张明报道:…), a byline in brackets at the start (〔記者X／台北報導〕…, （中央社記者X台北3日電）), or a
 * wire dateline with its reporters (中央社記者X台北3日電 …). The outlet a wire dateline opens with is the source.
 */
export function findDatelineCredit(line: string, view: string): OpeningCredit | null {
  const wire = wireDatelineOutlet(line, view);
  const byline = openingByline(line, view, wire?.end ?? 0);
  if (!wire) return byline;
  const source: CreditFinding = { role: 'source', label: '', names: [], source: wire.source };
  return byline ? { ...byline, findings: [...byline.findings, source] } : { start: 0, end: wire.end, findings: [source] };
}

/** The reporters of a story's opening byline (see findDatelineCredit); `wireEnd` is where a wire dateline ends, or 0. */
function openingByline(line: string, view: string, wireEnd: number): OpeningCredit | null {
  const named = (reading: CreditReading | null) => reading?.pure === true && reading.findings.some((finding) => finding.names.length > 0);
  const opening = OPENING_BYLINE.exec(view.slice(0, 40));
  if (opening) {
    const reading = readCredits(line, view, 0, opening[0].length - 1);
    if (named(reading)) return { start: 0, end: opening[0].length - 1, findings: (reading as CreditReading).findings };
  }
  const bracketed = BRACKETED_OPENING.exec(view.slice(0, 44));
  if (bracketed) {
    const reading = readCredits(line, view, 1, bracketed[0].length - 1);
    if (named(reading)) return { start: 0, end: bracketed[0].length, findings: (reading as CreditReading).findings };
  }
  if (wireEnd > 0) {
    const reading = readCredits(line, view, 0, wireEnd);
    if (named(reading)) return { start: 0, end: wireEnd, findings: (reading as CreditReading).findings };
  }
  const match = DATELINE.exec(view.slice(0, 40));
  if (!match) return null;
  const open = match[0].length - 1;
  const close = view.slice(open + 1, open + 120).search(/[)）]/u);
  if (close < 0) return null;
  const end = open + 1 + close;
  const reading = readCredits(line, view, open + 1, end);
  return reading && reading.findings.some((finding) => finding.names.length > 0) ? { start: open, end: end + 1, findings: reading.findings } : null;
}
