/**
 * The line classifier of a page: the rules settle what they can (credits, headers, separators, patterns,
 * captions), the line model judges the rest from each line's features and its neighbours, and everything
 * that is not kept is reported with its reason and the rule or model that removed it. Credits become
 * metadata whether their line is kept or removed.
 */
import { analysisView, cleanLine, detectScriptOfViews } from '../normalize/index.js';
import type { Credits, Removed } from '../types.js';
import type { CreditFinding } from './credit-reader.js';
import { comparable, pageContext, type LineClues, type PageContext, type PageLine } from './features.js';
import { lineModels, probability, scoreLines, type LineWeights } from './line-model.js';
import type { RemovedReason } from '../types.js';
import { ruleVerdict, type RuleVerdict } from './line-rules.js';
import { readPageLines, type InputLine } from './page-lines.js';
export type { InputLine } from './page-lines.js';
import { summaryLabelLength, writtenDate } from './shapes.js';
import { findDatelineCredit } from './trailing.js';
import { readCredits } from './credit-reader.js';
import { CREDITS_KEY, emptyCredits } from './roles.js';

/** A line kept for the article, in reading order. */
export interface KeptLine {
  kind: 'title' | 'body' | 'caption';
  /** The line as it stands in `Article.text` (credits cut from its end). */
  text: string;
  /** Its Simplified view (same length), which the article reuses instead of converting the text again. */
  view: string;
  /** Photographers named by the caption's own credit. */
  photographers: string[];
}

/** What the classifier makes of a page. */
export interface ClassifiedLines {
  title: string | null;
  kept: KeptLine[];
  removed: Removed[];
  credits: Credits;
  source: string | null;
  sourceChannel: string | null;
  /** The original URL named by a reprint notice. */
  originalUrl: string | null;
  /** The publication date as a header or byline line wrote it (2023-07-23 10:00), for the date engine to read. */
  bylineDate: string | null;
  /** The script of the page's lines (`detectScript`), read from the views the classifier made; null unless asked for. */
  script: 'zh-Hans' | 'zh-Hant' | 'und' | null;
}

/** Options of {@link classifyPageLines}. */
export interface PageOptions {
  /** The headline, when the markup gave it; otherwise the first line may be taken as the title. */
  title?: string | null;
  /** Info-bar lines an earlier stage took out (HTML): their date and credits are still read. */
  bylines?: readonly string[];
  /** Weights to use instead of the shipped ones (the training tool passes its own). */
  weights?: LineWeights;
  /** Read the script of the lines from their views (the article stage asks; stripBoilerplate does not need it). */
  detectScript?: boolean;
}

/** A page prepared for scoring: lines, views, rule verdicts and the page context. */
export interface PreparedPage {
  lines: PageLine[];
  verdicts: Array<RuleVerdict | null>;
  /** Lines that are the title or a copy of it. */
  titleCopies: boolean[];
  title: string | null;
  context: PageContext;
  /** Logits the rules settle: furniture low, captions and split paragraphs high, null for the model. */
  fixed: Array<number | null>;
  /** The script of the lines, from their views, when the options asked for it. */
  script: 'zh-Hans' | 'zh-Hant' | 'und' | null;
  /** Each line's comparison key (lines with one key are copies of each other). */
  keys: readonly string[];
}

const SETTLED_FURNITURE = -4;
const SETTLED_BODY = 3;
const SENTENCE_END = /[。!?;…]$/u;
const URL_IN_TEXT = /https?:\/\/[\w\-.~:/?#[\]@!$&'()*+;=%]{1,500}/u;

/** The bounds of `text.slice(from, to)` without the white space at its ends. */
function trimmed(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return [start, end];
}

/** A line that reads as a headline rather than a sentence of body text. */
function looksLikeHeadline(view: string): boolean {
  return view.length >= 4 && view.length <= 120 && !SENTENCE_END.test(view) && !INTRODUCES.test(view);
}

// A line that ends in a colon introduces what follows (以下是…致辞全文：); no headline does.
const INTRODUCES = /:$/u;

/** Widgets, headers and credits are never the headline, even where markup put them in <h1>. */
function isFurnitureVerdict(verdict: RuleVerdict | null, length: number): boolean {
  return verdict !== null && verdict.action !== 'split' && !(verdict.action === 'caption' && verdict.cut === length);
}

const FIELD_OR_COUNT = /\d+\s?字|[\p{Script=Han}]{1,6}\s?:\s?\d|(?:19|20)\d{2}[-/.年]\d{1,2}/u;

/** A line that may be the headline of page text: a phrase of Chinese, not a sentence, no field or date, not furniture. */
function headlineCandidate(line: PageLine, verdict: RuleVerdict | null): boolean {
  const han = line.shape.han;
  return (
    line.view.length >= 6 && line.view.length <= 80 && looksLikeHeadline(line.view) && han >= 0.5 * line.view.length &&
    !FIELD_OR_COUNT.test(line.view) && line.shape.lexicon().covered < 0.5 * han && !isFurnitureVerdict(verdict, line.text.length)
  );
}

/**
 * The headline: the one markup gave, else the phrase that stands closest above the first paragraph (past the
 * byline and header lines between them; one the page prints twice wins over a deck), else a first line that
 * reads as a headline.
 */
function pickTitle(lines: readonly PageLine[], repeated: readonly boolean[], paragraphs: readonly boolean[], verdicts: ReadonlyArray<RuleVerdict | null>, given: string | null | undefined): string | null {
  if (given) {
    const cleaned = cleanLine(given);
    if (cleaned !== '' && !isFurnitureVerdict(ruleVerdict(cleaned, analysisView(cleaned)), cleaned.length)) return cleaned;
  }
  const firstParagraph = paragraphs.indexOf(true);
  const candidates: number[] = [];
  for (let i = firstParagraph - 1; i >= 0 && i >= firstParagraph - 8; i--) if (headlineCandidate(lines[i], verdicts[i])) candidates.push(i);
  const twice = candidates.find((i) => repeated[i]);
  if (twice !== undefined) return lines[twice].text;
  if (candidates.length > 0) return lines[candidates[0]].text;
  const first = lines[0];
  if (first === undefined || !looksLikeHeadline(first.view) || isFurnitureVerdict(verdicts[0], first.text.length)) return null;
  return lines.length > 1 ? first.text : null;
}

// The eight combinations of clues, shared by every line that has them.
const CLUES: readonly LineClues[] = Array.from({ length: 8 }, (_, bits) => Object.freeze({ creditLine: (bits & 1) !== 0, credit: (bits & 2) !== 0, pattern: (bits & 4) !== 0 }));

function cluesOf(creditLine: boolean, credit: boolean, pattern: boolean): LineClues {
  return CLUES[(creditLine ? 1 : 0) + (credit ? 2 : 0) + (pattern ? 4 : 0)];
}

/** The verdict on a summary block (提要:…) whose opening repeats another line of the page, else null. */
function summaryVerdict(view: string, keys: readonly string[], i: number): RuleVerdict | null {
  const label = summaryLabelLength(view);
  if (label === 0) return null;
  const opening = comparable(view.slice(label, label + 16));
  if (opening.length >= 8 && keys.some((key, j) => j !== i && key.includes(opening))) {
    return { action: 'remove', reason: 'summary', via: 'shape', findings: [], written: null };
  }
  return null;
}

/** Cleans the lines, reads the rules' verdicts and builds the page context the model needs. */
export function preparePage(input: ReadonlyArray<string | InputLine>, options: PageOptions = {}): PreparedPage {
  const { lines, keys, paragraphs, verdicts, repeated } = readPageLines(input);
  const n = lines.length;
  const title = pickTitle(lines, repeated, paragraphs, verdicts, options.title);
  const titleKey = title === null ? null : comparable(analysisView(title));
  const titleCopies: boolean[] = [];
  const clues: LineClues[] = [];
  const fixed: Array<number | null> = [];
  for (let i = 0; i < n; i++) {
    const copy = titleKey !== null && keys[i] === titleKey;
    titleCopies.push(copy);
    if (copy) verdicts[i] = null;
    // A summary (提要:…) that repeats the lead of the story is furniture.
    if (verdicts[i] === null) verdicts[i] = summaryVerdict(lines[i].view, keys, i);
    const verdict = verdicts[i];
    const credit = verdict !== null && verdict.action === 'remove' && verdict.reason === 'credit';
    clues.push(cluesOf(credit, credit || (verdict !== null && verdict.findings.length > 0), verdict !== null && verdict.action === 'remove' && verdict.via === 'pattern'));
    fixed.push(copy ? SETTLED_FURNITURE : verdict === null ? (paragraphs[i] ? SETTLED_BODY : null) : verdict.action === 'remove' ? SETTLED_FURNITURE : SETTLED_BODY);
  }
  const context = pageContext(lines, clues, titleKey, keys, paragraphs, repeated);
  const script = options.detectScript ? detectScriptOfViews(lines.map((line) => line.text), lines.map((line) => line.view)) : null;
  return { lines, verdicts, titleCopies, title, context, fixed, script, keys };
}

/** The keys of lines the page writes more than once (no rule judged them) of which the model removes one copy. */
function linesRemovedTwice(prepared: PreparedPage, modelRemoves: (i: number) => boolean): Set<string> {
  const { keys, verdicts, titleCopies } = prepared;
  const seen = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) if (verdicts[i] === null && !titleCopies[i]) seen.set(keys[i], (seen.get(keys[i]) ?? 0) + 1);
  const removed = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    if (verdicts[i] === null && !titleCopies[i] && (seen.get(keys[i]) ?? 0) > 1 && modelRemoves(i)) removed.add(keys[i]);
  }
  return removed;
}

/** The reason of a line the model removed: what its furniture words speak of, else where it stands. */
function modelReason(context: PageContext, i: number): RemovedReason {
  // The rules tried the patterns of dict/boilerplate.txt on this line already: one naming a kind of furniture
  // would have removed it, so the model's lines are named by their words and their place.
  const lexicon = context.lexicon(i).reason;
  if (lexicon !== null) return lexicon;
  if (context.lines[i].shape.isPublicationHeader()) return 'byline';
  if (context.coreStart >= 0 && i < context.coreStart) return 'header';
  if (context.coreEnd >= 0 && i > context.coreEnd) return 'footer';
  return 'furniture';
}

/**
 * Sorts the lines of a page into title, body and captions, and reports everything else in `removed` with its
 * reason and the rule or model that removed it. Lines are cleaned (white space folded); blank lines are dropped.
 */
export function classifyPageLines(input: ReadonlyArray<string | InputLine>, options: PageOptions = {}): ClassifiedLines {
  const prepared = preparePage(input, options);
  const { lines, verdicts, titleCopies, title, context, fixed, script } = prepared;
  const html = lines.some((line) => line.markup !== undefined);
  const weights = options.weights ?? (html ? lineModels().html : lineModels().text);
  const scores = scoreLines(context, fixed, weights);
  const page: ClassifiedLines = {
    title,
    kept: [],
    removed: [],
    credits: emptyCredits(),
    source: null,
    sourceChannel: null,
    originalUrl: null,
    bylineDate: null,
    script,
  };
  const addFindings = (findings: readonly CreditFinding[]) => {
    for (const finding of findings) {
      if (finding.role === 'source') {
        if (page.source === null && finding.source) {
          page.source = finding.source;
          page.sourceChannel = finding.channel ?? null;
        }
        continue;
      }
      const list = page.credits[CREDITS_KEY[finding.role]];
      for (const { name } of finding.names) if (!list.includes(name)) list.push(name);
    }
  };
  for (const line of options.bylines ?? []) {
    const text = cleanLine(line);
    const view = analysisView(text);
    page.bylineDate ??= writtenDate(text, view);
    addFindings(readCredits(text, view)?.findings ?? []);
  }
  if (title !== null) page.kept.push({ kind: 'title', text: title, view: analysisView(title), photographers: [] });
  let titleConsumed = false;
  let bodyLines = 0;
  // The outlet of a wire dateline (新华社北京…电): the source when no credit line names one.
  let wireSource: string | null = null;
  const modelRemoves = (i: number) => probability(scores.final[i]) < weights.threshold;
  const removedCopies = linesRemovedTwice(prepared, modelRemoves);
  lines.forEach((line, i) => {
    if (titleCopies[i]) {
      if (!titleConsumed) titleConsumed = true;
      else page.removed.push({ text: line.text, reason: 'repeated-title', via: 'title' });
      return;
    }
    const verdict = verdicts[i];
    if (verdict?.action === 'remove') {
      addFindings(verdict.findings);
      if (verdict.written && (verdict.reason === 'byline' || verdict.reason === 'credit')) page.bylineDate ??= verdict.written;
      if (verdict.reason === 'reprint-notice') page.originalUrl ??= URL_IN_TEXT.exec(line.text)?.[0].replace(/[,，。]+$/u, '') ?? null;
      page.removed.push({ text: line.text, reason: verdict.reason, via: verdict.via });
      return;
    }
    if (verdict?.action === 'caption' || verdict?.action === 'split') {
      addFindings(verdict.findings);
      const from = verdict.action === 'split' ? verdict.from : 0;
      const [start, end] = trimmed(line.text, from, verdict.cut);
      const kept = line.text.slice(start, end);
      const photographers = verdict.findings.filter((finding) => finding.role === 'photographer').flatMap((finding) => finding.names.map((name) => name.name));
      if (kept !== '') page.kept.push({ kind: verdict.action === 'caption' ? 'caption' : 'body', text: kept, view: line.view.slice(start, end), photographers });
      const { reason, via } = verdict;
      if (from > 0) page.removed.push({ text: line.text.slice(0, from).trim(), reason, via });
      if (verdict.cut < line.text.length) page.removed.push({ text: line.text.slice(verdict.cut).trim(), reason, via });
      if (verdict.action === 'split') bodyLines++;
      return;
    }
    // Lines are judged against the article's prose: a page without a paragraph gives the model nothing to judge by.
    // A copy of a line the model removed goes with it, wherever it stands (the model reads a line by its
    // neighbours too, and the same line must not be furniture in one place and body in another).
    if (context.coreStart >= 0 && (modelRemoves(i) || removedCopies.has(prepared.keys[i]))) {
      page.removed.push({ text: line.text, reason: modelReason(context, i), via: 'line-model' });
      return;
    }
    // The byline that opens a story (本报讯(记者 X)) stays in the text; its people join the credits.
    if (bodyLines < 3) {
      const opening = findDatelineCredit(line.text, line.view)?.findings ?? [];
      addFindings(opening.filter((finding) => finding.role !== 'source'));
      wireSource ??= opening.find((finding) => finding.role === 'source')?.source ?? null;
    }
    bodyLines++;
    page.kept.push({ kind: 'body', text: line.text, view: line.view, photographers: [] });
  });
  page.source ??= wireSource;
  return page;
}
