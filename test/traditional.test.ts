// Traditional parity: a page converted to Traditional script (Taiwan and Hong Kong standards) must give the
// same Article as the Simplified page, field by field once every string is read back through the Simplified
// view, with every offset exact in the Traditional text. The pages are the public benchmark sets in ../shared
// (third-party text, read here, never copied); the tests skip cleanly where ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { toSimplified } from '../src/normalize/index.js';
import type { Article, ParseOptions, Span } from '../src/types.js';
import { lengthPreserving, type Convert } from './helpers/opencc.js';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'bench-data');
const newsGoldFile = join(shared, 'news-gold', 'cases.jsonl');
const gneDir = join(shared, 'news-extraction', 'gne-testpages-zh');

const toTaiwan = lengthPreserving(OpenCC.Converter({ from: 'cn', to: 'tw' }));
const toHongKong = lengthPreserving(OpenCC.Converter({ from: 'cn', to: 'hk' }));

/** Every string of a value passed through `read`; numbers, nulls and keys unchanged. */
function stringsDeep(value: unknown, read: Convert): unknown {
  if (typeof value === 'string') return read(value);
  if (Array.isArray(value)) return value.map((item) => stringsDeep(item, read));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, stringsDeep(inner, read)]));
  }
  return value;
}

/**
 * The fields a reader compares across scripts (lang and warnings may differ), every string read through
 * `read`. The Simplified article's strings take the same round trip as its input (converted, then read
 * back), so a character that does not survive the round trip itself (背着 → 揹著 → 揹着) is not counted
 * against the pipeline.
 */
function comparable(article: Article, read: Convert): Record<string, unknown> {
  const { lang: _lang, warnings: _warnings, ...rest } = article;
  return stringsDeep(rest, read) as Record<string, unknown>;
}

/** Every span the Article reports slices its own text exactly as the span's string says. */
function expectExactOffsets(article: Article): void {
  const slice = (span: Span) => article.text.slice(span.start, span.end);
  for (const paragraph of article.paragraphs) expect(slice(paragraph)).toBe(paragraph.text);
  for (const caption of article.captions) expect(slice(caption)).toBe(caption.text);
  for (const date of article.dates) expect(slice(date)).toBe(date.text);
  for (const person of [...article.officials, ...article.people]) {
    for (const mention of person.mentions) expect(toSimplified(slice(mention))).toBe(toSimplified(person.name));
  }
  for (const entity of [...article.places, ...article.organizations]) {
    for (const mention of entity.mentions) expect(toSimplified(slice(mention))).toBe(toSimplified(entity.name));
  }
}

/** Names and written titles come back as the page writes them: each occurs in the Traditional text. */
function expectWrittenAsOnThePage(article: Article): void {
  for (const official of article.officials) {
    expect(article.text).toContain(official.name);
    for (const title of official.titles) expect(article.text).toContain(title.text);
  }
  for (const person of article.people) if (person.mentions.length > 0) expect(article.text).toContain(person.name);
}

/**
 * Readings that the script itself decides, on purpose: a Traditional page that writes a bare three-digit
 * year means the Republic of China calendar (`114年`), and `後日` is how Hong Kong and Taiwan pages write
 * "the day after tomorrow". A page converted to Simplified loses that signal, so on pages that were
 * Traditional to begin with these mentions (and whatever the Simplified side read at the same place) are
 * left out of the date comparison; everything else must match.
 */
function withoutRegionalReadings(simplified: Article, traditional: Article): void {
  const regional = traditional.dates.filter((date) => date.calendar === 'roc' || date.text === '後日');
  const overlaps = (date: Span) => regional.some((other) => date.start < other.end && other.start < date.end);
  simplified.dates = simplified.dates.filter((date) => !overlaps(date));
  traditional.dates = traditional.dates.filter((date) => !overlaps(date));
}

function expectParity(simplifiedInput: string, options: ParseOptions, convert: Convert, wasTraditional = false): void {
  const simplified = parseArticle(simplifiedInput, options);
  const traditionalInput = convert(simplifiedInput);
  const traditional = parseArticle(traditionalInput, options);
  if (wasTraditional) withoutRegionalReadings(simplified, traditional);
  const want = comparable(simplified, (value) => toSimplified(convert(value)));
  const got = comparable(traditional, toSimplified);
  for (const field of Object.keys(want)) expect(got[field], field).toEqual(want[field]);
  expectExactOffsets(traditional);
  expectWrittenAsOnThePage(traditional);
}

/** The first line of an assertion's message: enough to tell which field parted. */
function firstLine(error: unknown): string {
  return String((error as Error).message).split('\n')[0].slice(0, 240);
}

interface GoldCase {
  id: string;
  text: string;
  ref: string | null;
}

const goldCases: GoldCase[] = existsSync(newsGoldFile)
  ? readFileSync(newsGoldFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GoldCase)
  : [];

describe.skipIf(goldCases.length === 0)('news-gold excerpts in Traditional script read like their Simplified form', () => {
  for (const [standard, convert] of [['Taiwan', toTaiwan], ['Hong Kong', toHongKong]] as const) {
    it(`every case, ${standard} standard`, () => {
      const failures: string[] = [];
      for (const goldCase of goldCases) {
        // Pages that are Traditional already are compared against their Simplified conversion.
        const simplifiedInput = toSimplified(goldCase.text);
        const options: ParseOptions = { format: 'text', ...(goldCase.ref ? { referenceDate: goldCase.ref } : {}) };
        try {
          expectParity(simplifiedInput, options, convert, simplifiedInput !== goldCase.text);
        } catch (error) {
          failures.push(`${goldCase.id}: ${firstLine(error)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

interface GnePage {
  id: string;
  html: string;
}

const gnePages: GnePage[] = existsSync(join(gneDir, 'gold.jsonl'))
  ? readFileSync(join(gneDir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GnePage)
  : [];

describe.skipIf(gnePages.length === 0)('gne-testpages HTML in Traditional script reads like the Simplified page', () => {
  it('every page, Taiwan standard', () => {
    const failures: string[] = [];
    for (const page of gnePages) {
      const html = readFileSync(join(gneDir, page.html), 'utf8');
      try {
        expectParity(html, { format: 'html' }, toTaiwan);
      } catch (error) {
        failures.push(`${page.id}: ${firstLine(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
