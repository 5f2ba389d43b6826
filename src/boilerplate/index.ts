/**
 * The boilerplate stage: sorts the lines of a page into title, body and captions, turns credits and
 * bylines into metadata, and reports every other line in `removed` with its reason. It judges lines by
 * their text (dict/boilerplate.txt, credit labels); HTML furniture judged by markup was already removed
 * by the input stage. Public as `stripBoilerplate`.
 */
import { charClass, cleanLine, COMMAS, ELLIPSIS, foldWidth, SEMICOLONS, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { Credits, Removed } from '../types.js';
import { addCredit, findTrailingPhotoCredit, parseBylineLine, parseCreditLine, type CreditFinding } from './credits.js';
import { furnitureReason } from './patterns.js';
import { emptyCredits } from './roles.js';

export { splitNames, parseBylineLine, parseCreditLine, findTrailingPhotoCredit } from './credits.js';
export type { Byline, CreditFinding, TrailingCredit } from './credits.js';
export { CREDITS_KEY, emptyCredits } from './roles.js';

/** A line kept for the article, in reading order. */
export interface KeptLine {
  kind: 'title' | 'body' | 'caption';
  /** The line as it will stand in `Article.text` (credits stripped from captions). */
  text: string;
  /** Photographers named by the caption's own credit. */
  photographers: string[];
}

/** What the line classifier makes of a page. */
export interface ClassifiedPage {
  title: string | null;
  kept: KeptLine[];
  removed: Removed[];
  credits: Credits;
  source: string | null;
  sourceChannel: string | null;
  /** The original URL named by a reprint notice. */
  originalUrl: string | null;
  /** The publication date as a byline line wrote it (2023-07-23 10:00), for the date engine to read. */
  bylineDate: string | null;
}

/** Options of the line classifier. */
export interface ClassifyOptions {
  /** The headline, when the page markup already gave it; otherwise the first line may be taken as the title. */
  title?: string | null;
  /** Info bars an earlier stage already removed (`PageText.infoBars` of HTML pages): their date and credits are still read. */
  bylines?: readonly string[];
}

const CREDIT_LABEL_START = /(来源|作者|编辑|责任编辑|记者|通讯员)\s?[:：]/u;
const SENTENCE_END = new RegExp(`${charClass(SENTENCE_END_MARKS, SEMICOLONS, ELLIPSIS)}$`, 'u');
// Punctuation the text put after a URL (…/1234.html,转载请注明出处。) that is no part of it.
const AFTER_URL = new RegExp(`${charClass(COMMAS, '。')}+$`, 'u');
const URL_IN_TEXT = /https?:\/\/[\w\-.~:/?#[\]@!$&'()*+;=%]{1,500}/u;

/** A line that reads as a headline rather than a sentence of body text. */
function looksLikeHeadline(line: string): boolean {
  return line.length >= 4 && line.length <= 120 && !SENTENCE_END.test(line);
}

/** Comparable form of a line: width-folded and without spaces, so a headline repeated with other spacing still matches. */
function comparable(line: string): string {
  return foldWidth(line).replace(/ /g, '');
}

/** Widgets, notices, credits, bylines and photo captions are never the headline, even where markup put them in <h1>. */
function isFurniture(line: string): boolean {
  return furnitureReason(line) !== null || parseCreditLine(line) !== null || parseBylineLine(line) !== null || findTrailingPhotoCredit(line) !== null;
}

function pickTitle(lines: string[], given: string | null | undefined): string | null {
  if (given && !isFurniture(cleanLine(given))) return cleanLine(given);
  const first = lines[0];
  if (first === undefined || !looksLikeHeadline(first) || isFurniture(first)) return null;
  // A first line that is repeated later is the headline the page prints before each photo.
  const key = comparable(first);
  const repeats = lines.some((line, i) => i > 0 && comparable(line) === key);
  return repeats || lines.length > 1 ? first : null;
}

/**
 * Sorts the lines of a page into title, body and captions, and reports everything else
 * (repeated headlines, widgets, reprint and copyright notices, credits) in `removed` with its reason.
 * Credits become metadata. Lines are cleaned (white space folded); blank lines are dropped.
 */
export function classifyLines(rawLines: readonly string[], options: ClassifyOptions = {}): ClassifiedPage {
  const lines = rawLines.map(cleanLine).filter((line) => line !== '');
  const title = pickTitle(lines, options.title);
  const titleKey = title === null ? null : comparable(title);
  const page: ClassifiedPage = {
    title,
    kept: [],
    removed: [],
    credits: emptyCredits(),
    source: null,
    sourceChannel: null,
    originalUrl: null,
    bylineDate: null,
  };
  const addFindings = (findings: readonly CreditFinding[]) => {
    for (const finding of findings) {
      addCredit(page.credits, finding);
      if (finding.role === 'source' && page.source === null) {
        page.source = finding.source ?? null;
        page.sourceChannel = finding.channel ?? null;
      }
    }
  };
  for (const line of options.bylines ?? []) {
    const cleaned = cleanLine(line);
    const byline = parseBylineLine(cleaned);
    if (byline) page.bylineDate ??= byline.written;
    // Info bars often put the source after the date with wide spacing: read every labelled part.
    const labelled = cleaned.search(CREDIT_LABEL_START);
    addFindings(byline?.findings.length ? byline.findings : labelled >= 0 ? (parseCreditLine(cleaned.slice(labelled)) ?? []) : []);
  }
  if (title !== null) page.kept.push({ kind: 'title', text: title, photographers: [] });
  // The first line that is the headline is the headline itself; later copies are furniture.
  let titleConsumed = false;
  lines.forEach((line) => {
    if (titleKey !== null && comparable(line) === titleKey) {
      if (!titleConsumed) {
        titleConsumed = true;
        return;
      }
      page.removed.push({ text: line, reason: 'repeated-title' });
      return;
    }
    const credit = parseCreditLine(line);
    if (credit) {
      addFindings(credit);
      page.removed.push({ text: line, reason: 'credit' });
      return;
    }
    const byline = parseBylineLine(line);
    if (byline) {
      addFindings(byline.findings);
      page.bylineDate ??= byline.written;
      page.removed.push({ text: line, reason: 'byline' });
      return;
    }
    const reason = furnitureReason(line);
    if (reason !== null) {
      if (reason === 'reprint-notice') page.originalUrl ??= URL_IN_TEXT.exec(line)?.[0].replace(AFTER_URL, '') ?? null;
      page.removed.push({ text: line, reason });
      return;
    }
    const photo = findTrailingPhotoCredit(line);
    if (photo && photo.start > 0) {
      addCredit(page.credits, { role: 'photographer', names: photo.photographers });
      page.kept.push({ kind: 'caption', text: line.slice(0, photo.start), photographers: photo.photographers });
      page.removed.push({ text: line.slice(photo.start).trim(), reason: 'credit' });
      return;
    }
    page.kept.push({ kind: 'body', text: line, photographers: [] });
  });
  return page;
}

/** What `stripBoilerplate` returns. */
export interface StrippedText {
  /** The kept lines (title first), joined by `\n`. */
  text: string;
  removed: Removed[];
  credits: Credits;
}

/**
 * Removes page furniture from page text and turns credits into metadata.
 * Use it on text you already pulled out of HTML; `parseArticle` does this and more.
 */
export function stripBoilerplate(text: string, options: ClassifyOptions = {}): StrippedText {
  const page = classifyLines(text.split(/\r\n|\n|\r/), options);
  return { text: page.kept.map((line) => line.text).join('\n'), removed: page.removed, credits: page.credits };
}
