// Properties that must hold for any input, checked with fast-check over random mixes of our own news lines,
// HTML fragments, damaged bytes, lone surrogates and long 、 lists (generators: test/helpers/news-mix.ts),
// spread over the public functions: parseArticle, segment, extractDates, stripBoilerplate, extractOfficials.
// - Nothing throws but a XinwenError.
// - Every offset slices the text it points into: paragraphs, captions, tokens, dates, the mentions of
//   officials, people, places and organisations; every removed line is a piece of the input.
// - Every line is accounted for: each non-blank line of page text (the input split on line breaks, after
//   decoding; NULs and lone surrogates, which the input stage removes, left out) is in the kept text or in
//   `removed`. For HTML the weaker, documented form: each visible text node of two or more letters is.
//   For damaged bytes, only the first two (the decoded lines are the library's to choose).
// `npm test` runs 11,953 cases (the numRuns below) with fixed seeds. `npm run fuzz` multiplies the runs
// (XINWEN_FUZZ_SCALE, default 10 there) and draws a new seed, which it prints (XINWEN_FUZZ_SEED reruns it).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { XinwenError, extractDates, extractOfficials, parseArticle, segment, stripBoilerplate } from '../src/index.js';
import { toSimplified } from '../src/normalize/index.js';
import { REMOVAL_RULES, REMOVED_REASONS, type Article, type DateMention, type Token } from '../src/types.js';
import { accountingFor, isTextNode, squash, textLines, visibleText } from './helpers/accounting.js';
import { damagedBytes, htmlPage, nameList, NEWS_LINES, newsLine, pageText, wholeLinesText } from './helpers/news-mix.js';

const scale = Number(process.env.XINWEN_FUZZ_SCALE ?? 1);
const seed = process.env.XINWEN_FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.XINWEN_FUZZ_SEED ?? 20261201);
if (scale !== 1 || process.env.XINWEN_FUZZ_SEED) console.log(`property test: seed ${seed}, scale ${scale} (rerun with XINWEN_FUZZ_SEED=${seed} XINWEN_FUZZ_SCALE=${scale} npm run fuzz)`);

/** fast-check settings for one property: its share of the runs, its own seed, a time limit that grows with the scale. */
let properties = 0;
function settings(runs: number): { numRuns: number; seed: number } {
  properties += 1;
  return { numRuns: Math.max(1, Math.round(runs * scale)), seed: seed + properties };
}
const timeout = 120_000 * Math.max(1, scale);

const REASONS = new Set<string>(REMOVED_REASONS);
const RULES = new Set<string>(REMOVAL_RULES);
const GRAINS = new Set(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** Fails with what broke and where (plain throws: thousands of cases, each checking many spans). */
function check(holds: boolean, what: string, detail: unknown): asserts holds {
  if (!holds) throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/** Runs `call`; a XinwenError is a fine outcome (null), any other error fails the property. */
function orXinwenError<T>(call: () => T): T | null {
  try {
    return call();
  } catch (error) {
    if (error instanceof XinwenError && typeof error.code === 'string' && error.code.startsWith('E_')) return null;
    throw error;
  }
}

/** Spans that slice `text` to what they name, in order and without overlaps when `ordered`. */
function checkSpans<T extends { start: number; end: number }>(text: string, spans: readonly T[], named: (span: T) => string, what: string, ordered: boolean): void {
  let reach = 0;
  for (const span of spans) {
    check(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} inside the text`, span);
    check(text.slice(span.start, span.end) === named(span), `${what} slices the text`, { span, slice: text.slice(span.start, span.end) });
    if (ordered) {
      check(span.start >= reach, `${what} in order, without overlaps`, span);
      reach = span.end;
    }
  }
}

function checkDates(text: string, dates: readonly DateMention[]): void {
  checkSpans(text, dates, (date) => date.text, 'date', true);
  for (const date of dates) {
    check(GRAINS.has(date.grain), 'date grain', date);
    check(typeof date.value === 'string' ? date.value.length > 0 : typeof date.value.start === 'string' && typeof date.value.end === 'string', 'date value', date);
  }
}

/** Mentions slice `text` to their name; a page mixing scripts may write a name the other way (林國棟 for 林国栋). */
function checkMentions(text: string, named: ReadonlyArray<{ name: string; mentions: ReadonlyArray<{ start: number; end: number }> }>, what: string): void {
  for (const item of named) {
    check(item.name.length > 0, `${what} has a name`, item);
    const name = toSimplified(item.name);
    for (const mention of item.mentions) {
      check(Number.isInteger(mention.start) && mention.start >= 0 && mention.start < mention.end && mention.end <= text.length, `${what} mention inside the text`, { item: item.name, mention });
      check(toSimplified(text.slice(mention.start, mention.end)) === name, `${what} mention slices the text to its name`, { item: item.name, slice: text.slice(mention.start, mention.end) });
    }
  }
}

function checkTokens(text: string, tokens: readonly Token[]): void {
  checkSpans(text, tokens, (token) => token.word, 'token', true);
}

/** Every offset of an article slices its text; every removed line has a known reason and rule and is a piece of `source` when given. */
function checkArticle(article: Article, source: string | null): void {
  const { text } = article;
  check(typeof text === 'string', 'text', article);
  checkSpans(text, article.paragraphs, (paragraph) => paragraph.text, 'paragraph', true);
  check(article.paragraphs.map((paragraph) => paragraph.text).join('\n') === text, 'paragraphs make up the text', article.paragraphs);
  checkSpans(text, article.captions, (caption) => caption.text, 'caption', false);
  for (const caption of article.captions) if (caption.date) checkDates(text, [caption.date]);
  checkDates(text, article.dates);
  checkMentions(text, article.officials, 'official');
  checkMentions(text, article.people, 'person');
  checkMentions(text, article.places, 'place');
  checkMentions(text, article.organizations, 'organisation');
  if (article.tokens) checkTokens(text, article.tokens);
  const whole = source === null ? '' : squash(source);
  for (const line of article.removed) {
    check(REASONS.has(line.reason) && RULES.has(line.via), 'removed with a known reason and rule', line);
    if (source !== null) check(whole.includes(squash(line.text)), 'a removed line is a piece of the input', line.text);
  }
}

/** Every non-blank line (or, for HTML, visible text node) is in the article's text or its removed lines. */
function checkAccounted(lines: readonly string[], kept: string, removed: ReadonlyArray<{ text: string }>): void {
  const unaccounted = accountingFor({ kept: textLines(kept), removed: removed.map((line) => line.text) });
  for (const line of lines) {
    const lost = unaccounted(line);
    check(lost === null, 'a line is in the text or in removed', { line, lost });
  }
}

const referenceDate = fc.constantFrom(undefined, '2025-06-03', '2025-06-03T09:30', '1999-12-31');

describe('parseArticle', () => {
  it('on page text: XinwenError or an article whose offsets slice its text and which accounts for every line', () => {
    fc.assert(
      fc.property(pageText, referenceDate, fc.boolean(), fc.boolean(), (input, reference, tokens, explain) => {
        const article = orXinwenError(() => parseArticle(input, { format: 'text', referenceDate: reference, tokens, explain }));
        if (!article) return;
        checkArticle(article, input);
        checkAccounted(textLines(input), article.text, article.removed);
      }),
      settings(2600),
    );
  }, timeout);

  it('on HTML fragments and cut documents: the same, with every visible text node accounted for', () => {
    fc.assert(
      fc.property(htmlPage, fc.constantFrom('auto', 'html') as fc.Arbitrary<'auto' | 'html'>, fc.boolean(), (input, format, tokens) => {
        const article = orXinwenError(() => parseArticle(input, { format, tokens, referenceDate: '2025-06-03' }));
        if (!article) return;
        checkArticle(article, null);
        checkAccounted(visibleText(input).filter(isTextNode), article.text, article.removed);
      }),
      settings(1300),
    );
  }, timeout);

  it('on damaged bytes (cut UTF-8, stray 0xFF, GBK and Big5 with flipped bytes), any stated encoding, either script, with or without the analysis: XinwenError or offsets that slice', () => {
    const statedEncoding = fc.constantFrom(undefined, undefined, undefined, 'gbk', 'big5', 'utf-8', 'windows-1252', 'no-such-charset');
    const anyScript = fc.constantFrom('original', 'simplified', 'traditional') as fc.Arbitrary<'original'>;
    fc.assert(
      fc.property(damagedBytes, statedEncoding, anyScript, fc.boolean(), (bytes, encoding, script, analyze) => {
        const article = orXinwenError(() => parseArticle(bytes, { encoding, tokens: analyze, analyze, script }));
        if (article) checkArticle(article, null);
      }),
      settings(1200),
    );
  }, timeout);

  it('on arbitrary strings and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.uint8Array({ maxLength: 200 })), (input) => {
        const article = orXinwenError(() => parseArticle(input));
        if (article) checkArticle(article, null);
      }),
      settings(500),
    );
  }, timeout);

  it('is deterministic, and keeps every body paragraph when run again on its own text', () => {
    fc.assert(
      fc.property(wholeLinesText, (input) => {
        const first = orXinwenError(() => parseArticle(input, { referenceDate: '2025-06-03' }));
        if (!first) return;
        const second = parseArticle(input, { referenceDate: '2025-06-03' });
        check(JSON.stringify(second) === JSON.stringify(first), 'the same input gives the same article', input);
        if (first.text === '') return;
        // The title may change on the second run: a headline the first run confirmed by its repeats stands
        // alone there, and the line after it can read as the headline. Body paragraphs stay.
        const again = parseArticle(first.text, { referenceDate: '2025-06-03', format: 'text' }).paragraphs.map((paragraph) => paragraph.text);
        for (const paragraph of first.paragraphs) {
          if (paragraph.kind === 'body') check(again.includes(paragraph.text), 'a body paragraph is kept when the article text is read again', { paragraph: paragraph.text, again });
        }
      }),
      settings(150),
    );
  }, timeout);

  it('reads long 、 lists of names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2_000, max: 30_000 }), fc.boolean(), (count, tokens) => {
        const input = '东陵市召开防汛工作会议\n' + nameList(count);
        const article = parseArticle(input, { tokens });
        checkArticle(article, input);
        checkAccounted(textLines(input), article.text, article.removed);
        check(article.officials.length > 0, 'the listed officials are found', article.officials.length);
      }),
      settings(3),
    );
  }, timeout);
});

describe('segment', () => {
  /** Protected spans cut from random points of the text; some reach past it or run backwards (E_OPTION). */
  const protect = fc.array(fc.record({ start: fc.nat(300), length: fc.integer({ min: -2, max: 12 }) }), { maxLength: 3 });
  const names = fc.subarray(['韩振宇', '邓雅琴', '阿旺扎西', 'Lisa Chen', '东陵']);

  it('gives tokens that slice the text, in order, covering every character but white space', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, newsLine), fc.constantFrom('default', 'fine') as fc.Arbitrary<'default' | 'fine'>, protect, names, (text, granularity, spans, known) => {
        const options = { granularity, names: known, protect: spans.map(({ start, length }) => ({ start, end: start + length, tag: 'x' })) };
        const inside = options.protect.every((span) => span.start <= span.end && span.end <= text.length);
        const tokens = orXinwenError(() => segment(text, options));
        check(tokens !== null || !inside, 'segment accepts protected spans inside the text', options.protect);
        if (!tokens) return;
        checkTokens(text, tokens);
        const covered = new Uint8Array(text.length);
        for (const token of tokens) covered.fill(1, token.start, token.end);
        for (let at = 0; at < text.length; at++) check(covered[at] === 1 || /\s/u.test(text[at]), 'every character but white space is in a token', { text, at });
      }),
      settings(2200),
    );
  }, timeout);
});

describe('extractDates', () => {
  it('gives mentions that slice the text, in order, without overlaps', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, newsLine), referenceDate, fc.constantFrom(undefined, 'auto', 'roc', 'gregorian') as fc.Arbitrary<'auto' | undefined>, (text, reference, calendar) => {
        const dates = orXinwenError(() => extractDates(text, { referenceDate: reference, calendar }));
        if (dates) checkDates(text, dates);
      }),
      settings(1600),
    );
  }, timeout);
});

describe('stripBoilerplate', () => {
  it('accounts for every line and removes only pieces of the input, each with a reason and a rule', () => {
    fc.assert(
      fc.property(pageText, fc.boolean(), (text, withTitle) => {
        const title = withTitle ? NEWS_LINES[1] : undefined;
        const stripped = orXinwenError(() => stripBoilerplate(text, { title }));
        if (!stripped) return;
        const whole = squash(text);
        for (const line of stripped.removed) {
          check(REASONS.has(line.reason) && RULES.has(line.via), 'removed with a known reason and rule', line);
          check(whole.includes(squash(line.text)), 'a removed line is a piece of the input', line.text);
        }
        checkAccounted(textLines(text), stripped.text, stripped.removed);
      }),
      settings(1200),
    );
  }, timeout);
});

describe('extractOfficials', () => {
  it('gives officials and people whose mentions slice the text', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, newsLine), fc.boolean(), fc.option(fc.double({ min: 0, max: 1, noNaN: true })), (text, explain, threshold) => {
        const found = orXinwenError(() => extractOfficials(text, { explain, nameThreshold: threshold ?? undefined }));
        if (!found) return;
        checkMentions(text, found.officials, 'official');
        checkMentions(text, found.people, 'person');
        for (const official of found.officials) check(official.titles.length > 0, 'an official has a title', official);
      }),
      settings(1200),
    );
  }, timeout);
});
