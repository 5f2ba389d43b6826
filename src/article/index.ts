/**
 * The article stage: `parseArticle`, the whole pipeline in one function. It reads the page (input/),
 * sorts its lines (boilerplate/), lays out the clean text (layout.ts), and runs the engines on its
 * analysis view: dates (dates/), entities (entities/), and tokens on request (segment/). Each stage's
 * output is passed on explicitly; nothing is read back out of another stage's results.
 */
import { classifyLines, CREDITS_KEY, emptyCredits, type ClassifiedPage } from '../boilerplate/index.js';
import { extractDatesFromView, parseReferenceDate } from '../dates/index.js';
import { readPublishTime } from '../dates/publish.js';
import { extractEntitiesFromView, type CreditedPerson } from '../entities/index.js';
import { checkOptionNames, XinwenError } from '../errors.js';
import { readPage } from '../input/index.js';
import { checkSegmenter, withSegmenter } from '../nlp/index.js';
import { analysisView, toSimplified, toTraditional } from '../normalize/index.js';
import { segmentView } from '../segment/index.js';
import type { Article, Caption, Credits, DateMention, Official, ParseOptions, Person, PersonRole } from '../types.js';
import { layOut, leadOf, type Layout } from './layout.js';

const SCRIPT_OPTIONS = new Set(['original', 'simplified', 'traditional']);
const FORMAT_OPTIONS = new Set(['auto', 'html', 'text']);

const OPTION_NAMES = ['format', 'encoding', 'referenceDate', 'url', 'script', 'tokens', 'analyze', 'maxSize', 'explain', 'nameThreshold', 'segmenter'] as const;

function checkOptions(options: unknown): ParseOptions {
  const parsed: ParseOptions = checkOptionNames<ParseOptions>(options, 'parseArticle', OPTION_NAMES);
  if (parsed.script !== undefined && !SCRIPT_OPTIONS.has(parsed.script)) {
    throw new XinwenError('E_OPTION', `options.script must be 'original', 'simplified' or 'traditional'; got ${String(parsed.script)}`);
  }
  if (parsed.format !== undefined && !FORMAT_OPTIONS.has(parsed.format)) {
    throw new XinwenError('E_OPTION', `options.format must be 'auto', 'html' or 'text'; got ${String(parsed.format)}`);
  }
  if (parsed.analyze !== undefined && typeof parsed.analyze !== 'boolean') {
    throw new XinwenError('E_OPTION', `options.analyze must be true or false; got ${typeof parsed.analyze} ${String(parsed.analyze)}`);
  }
  if (parsed.analyze === false && parsed.tokens === true) {
    throw new XinwenError('E_OPTION', 'options.tokens needs the analysis: it cannot be combined with analyze: false');
  }
  // Read here too, so a bad reference date is refused whether or not the date pass runs.
  parseReferenceDate(parsed.referenceDate);
  checkSegmenter(parsed.segmenter);
  return parsed;
}

function scriptConverter(script: ParseOptions['script']): ((line: string) => string) | undefined {
  if (script === 'simplified') return toSimplified;
  if (script === 'traditional') return toTraditional;
  return undefined;
}

function creditedPeople(credits: Credits): CreditedPerson[] {
  const people: CreditedPerson[] = [];
  for (const [role, key] of Object.entries(CREDITS_KEY) as Array<[PersonRole, keyof Credits]>) {
    for (const name of credits[key]) if (!people.some((person) => person.name === name)) people.push({ name, role });
  }
  return people;
}


/**
 * Officials in the order the article introduces them: by first mention after the headline (a headline
 * lists names in its own order), then anyone named only in the headline.
 */
function inOrderOfFirstMention(officials: readonly Official[], bodyStart: number): Official[] {
  // Each official's first mention is found once, not at every comparison of the sort.
  const firstAfter = new Map(officials.map((official) => [official, official.mentions.find((mention) => mention.start >= bodyStart)?.start ?? Number.MAX_SAFE_INTEGER]));
  return [...officials].sort((a, b) => firstAfter.get(a)! - firstAfter.get(b)!);
}

/** Bylines inside the text (本报讯(记者 林晓东)) stay in the sentence, and their people join the credits. */
function withCreditsFromText(credits: Credits, people: readonly Person[]): Credits {
  const merged: Credits = { ...credits };
  for (const person of people) {
    const list = person.role ? CREDITS_KEY[person.role] : undefined;
    if (list && !merged[list].includes(person.name)) merged[list] = [...merged[list], person.name];
  }
  return merged;
}

function emptyArticle(lang: string, warnings: string[]): Article {
  return {
    title: null, publishedTime: null, siteName: null, source: null, sourceChannel: null, excerpt: null, lang, url: null,
    credits: emptyCredits(),
    text: '', paragraphs: [], captions: [], officials: [], people: [], places: [], organizations: [], dates: [], removed: [], warnings,
  };
}

/** What the NLP stages found in the clean text. */
type Analysis = Pick<Article, 'dates' | 'officials' | 'people' | 'places' | 'organizations'>;

/** An empty analysis: what `analyze: false` returns for the fields the NLP stages fill. */
function noAnalysis(): Analysis {
  return { dates: [], officials: [], people: [], places: [], organizations: [] };
}

/**
 * The NLP stages over the clean text: the body-text date pass and the entity engine (which loads the
 * segmenter). Dates without a year and relative dates count from the text's dateline, then the page's
 * publish date, then the caller's reference date (yearSource says which).
 */
function analyzeText(layout: Layout, view: string, classified: ClassifiedPage, publishedTime: string | null, lang: string, opts: ParseOptions): Analysis {
  const textIsTraditional = opts.script === 'traditional' || (lang === 'zh-Hant' && opts.script !== 'simplified');
  const dates = extractDatesFromView(layout.text, view, { referenceDate: opts.referenceDate, publishedDate: publishedTime?.slice(0, 10) });
  const outlets = classified.source ? [classified.source] : [];
  const entityOptions = { credited: creditedPeople(classified.credits), outlets, explain: opts.explain, nameThreshold: opts.nameThreshold };
  const entities = extractEntitiesFromView(view, entityOptions, layout.text, textIsTraditional);
  const bodyStart = layout.paragraphs[0]?.kind === 'title' ? layout.paragraphs[0].end : 0;
  return { ...entities, officials: inOrderOfFirstMention(entities.officials, bodyStart), dates };
}

/** The captions of the layout, each with the first date inside it (none without the analysis). */
function captionsOf(layout: Layout, dates: readonly DateMention[]): Caption[] {
  const captions: Caption[] = [];
  layout.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind !== 'caption') return;
    const date = dates.find((mention) => mention.start >= paragraph.start && mention.end <= paragraph.end) ?? null;
    captions.push({ text: paragraph.text, start: paragraph.start, end: paragraph.end, date, photographers: layout.photographers[index] });
  });
  return captions;
}

/**
 * Turns a scraped Chinese news page (HTML or page text, a string or bytes in UTF-8, GBK, GB18030,
 * Big5 …, Simplified or Traditional) into a structured article: title, credits, body paragraphs,
 * captions, officials with their titles, people, places, organisations, dates, and every removed line
 * with its reason. All spans are UTF-16 offsets into `Article.text`.
 *
 * With `analyze: false` only the clean article is made (title, publish time, credits, text, paragraphs,
 * captions, removed lines, metadata): `officials`, `people`, `places`, `organizations` and `dates` are
 * empty, captions' `date` is null, and the segmenter is never loaded.
 *
 * @throws {XinwenError} `E_INPUT_TYPE` for input that is neither a string nor bytes, `E_TOO_LARGE`
 * above `options.maxSize`, `E_ENCODING` for bytes that are not text, `E_OPTION` for a bad option.
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  const opts = checkOptions(options);
  const page = readPage(input, { format: opts.format, encoding: opts.encoding, maxSize: opts.maxSize, url: opts.url });
  const warnings = [...page.warnings];
  const lines = page.lines.map((text, i) => ({ text, markup: page.markup[i] ?? undefined }));
  const classified = classifyLines(lines, { title: page.meta.title, bylines: page.infoBars, detectScript: true });
  // The classifier made the Simplified view of every line, and reads the script from it: no second conversion.
  const lang = classified.script ?? 'und';
  if (classified.kept.length === 0) {
    const article = emptyArticle(lang, warnings);
    article.removed = [...page.removed, ...classified.removed];
    article.warnings.push(page.lines.length === 0 ? 'the input holds no text' : 'every line of the input is page furniture: no article text is left');
    return article;
  }
  const layout = layOut(classified.kept, scriptConverter(opts.script));
  // A byline's date is read by the same engine as every other date; only a whole day with its year counts.
  const publishedTime = page.meta.publishedTime ?? (classified.bylineDate === null ? null : readPublishTime(classified.bylineDate));
  // The one Simplified view of the text every engine reads: the boilerplate stage already made the view of
  // every kept line, and the layout joins those unless the lines were converted.
  const view = opts.analyze === false ? null : (layout.view ?? analysisView(layout.text));
  const found =
    view === null ? noAnalysis() : withSegmenter(opts.segmenter, () => analyzeText(layout, view, classified, publishedTime, lang, opts));

  const article: Article = {
    title: classified.title === null ? null : layout.paragraphs[0].text,
    publishedTime,
    siteName: page.meta.siteName,
    source: classified.source,
    sourceChannel: classified.sourceChannel,
    excerpt: leadOf(layout.paragraphs),
    lang,
    url: classified.originalUrl ?? page.meta.url ?? opts.url ?? null,
    credits: withCreditsFromText(classified.credits, found.people),
    text: layout.text,
    paragraphs: layout.paragraphs,
    captions: captionsOf(layout, found.dates),
    officials: found.officials,
    people: found.people,
    places: found.places,
    organizations: found.organizations,
    dates: found.dates,
    removed: [...page.removed, ...classified.removed],
    warnings,
  };
  if (opts.tokens && view !== null) {
    const names = [...found.officials, ...found.people].map((person) => person.name);
    article.tokens = segmentView(layout.text, view, { names, dates: found.dates, segmenter: opts.segmenter });
  }
  return article;
}
