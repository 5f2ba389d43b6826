// The first real page, read from ../shared (third-party text: never copied into the repository).
// Every fact of expected.json is checked; the same page in Traditional script must give the same people and dates.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { toSimplified } from '../src/normalize/index.js';
import type { Article, DateMention } from '../src/types.js';

const seedDir = join(import.meta.dirname, '..', '..', 'shared', 'seed');
const present = existsSync(join(seedDir, 'article.txt')) && existsSync(join(seedDir, 'expected.json'));

interface Expected {
  referenceDate: string;
  title: string;
  titleNames: string[];
  lead: string;
  bodyParagraphStarts: string[];
  captions: Array<{ starts: string; date: string; photographer: string }>;
  officials: Array<{ name: string; titles: string[]; resolved?: string[] }>;
  credits: { photographers: string[]; editors: string[]; reviewers: string[]; source: string; sourceChannel: string; originalUrl: string };
  dates: Array<{ text: string; value: string | { start: string; end: string }; grain: string; count?: number }>;
  places: string[];
  organizations: string[];
  removed: { repeatedTitleLines: number; widgetLines: string[]; reprintNotice: string };
  notInBody: string[];
}

const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

function datesWritten(article: Article, written: string): DateMention[] {
  return article.dates.filter((date) => toSimplified(date.text) === written);
}

// Every fact, with each segmenter xinwen ships a backend for (@node-rs/jieba is a dev dependency).
describe.skipIf(!present).each(['nodejieba', 'node-rs-jieba'] as const)('the seed page (../shared/seed), segmenter %s', (segmenter) => {
  const raw = present ? readFileSync(join(seedDir, 'article.txt'), 'utf8') : '';
  const expected: Expected = present ? JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) : ({} as Expected);
  const article = present ? parseArticle(raw, { referenceDate: expected.referenceDate, tokens: true, segmenter }) : ({} as Article);

  it('finds the title and splits the five run-together names in it', () => {
    expect(fold(article.title ?? '')).toBe(fold(expected.title));
    expect(article.paragraphs[0]).toMatchObject({ kind: 'title', start: 0 });
    const titleEnd = article.paragraphs[0].end;
    const titleWords = (article.tokens ?? []).filter((token) => token.end <= titleEnd).map((token) => token.word);
    for (const name of expected.titleNames) expect(titleWords).toContain(name);
  });

  it('gives the lead and the eight body paragraphs, with no caption among them', () => {
    expect(article.excerpt).toBe(expected.lead);
    const body = article.paragraphs.filter((paragraph) => paragraph.kind === 'body');
    expect(body).toHaveLength(expected.bodyParagraphStarts.length);
    body.forEach((paragraph, i) => expect(paragraph.text.startsWith(expected.bodyParagraphStarts[i])).toBe(true));
    for (const paragraph of article.paragraphs) expect(article.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
  });

  it('reads every caption with its date and photographer', () => {
    expect(article.captions).toHaveLength(expected.captions.length);
    article.captions.forEach((caption, i) => {
      const want = expected.captions[i];
      expect(caption.text.startsWith(want.starts)).toBe(true);
      expect(caption.date?.value).toBe(want.date);
      expect(caption.photographers).toEqual([want.photographer]);
      expect(article.text.slice(caption.start, caption.end)).toBe(caption.text);
    });
  });

  it('recognises all 22 officials with their titles as written and resolved', () => {
    expect(article.officials.map((official) => official.name)).toEqual(expected.officials.map((official) => official.name));
    for (const want of expected.officials) {
      const official = article.officials.find((candidate) => candidate.name === want.name)!;
      expect(official.titles.map((title) => title.text)).toEqual(want.titles);
      if (want.resolved) expect(official.titles.map((title) => title.resolved)).toEqual(want.resolved);
      expect(official.mentions.length).toBeGreaterThan(0);
      for (const mention of official.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(official.name);
    }
    const headline = article.officials.find((official) => official.name === expected.titleNames[0])!;
    expect(headline.mentions[0].end).toBeLessThanOrEqual(article.paragraphs[0].end);
  });

  it('turns the credits into metadata and people with roles', () => {
    expect(article.credits.photographers).toEqual(expected.credits.photographers);
    expect(article.credits.editors).toEqual(expected.credits.editors);
    expect(article.credits.reviewers).toEqual(expected.credits.reviewers);
    expect(article.source).toBe(expected.credits.source);
    expect(article.sourceChannel).toBe(expected.credits.sourceChannel);
    expect(article.url).toBe(expected.credits.originalUrl);
    expect(article.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: expected.credits.photographers[0], role: 'photographer' }),
        expect.objectContaining({ name: expected.credits.editors[0], role: 'editor' }),
        expect.objectContaining({ name: expected.credits.reviewers[0], role: 'reviewer' }),
      ]),
    );
  });

  it('normalises the dates, with offsets that slice the text exactly', () => {
    for (const date of article.dates) expect(article.text.slice(date.start, date.end)).toBe(date.text);
    for (const want of expected.dates) {
      const found = datesWritten(article, want.text);
      expect(found).toHaveLength(want.count ?? 1);
      for (const date of found) {
        expect(date.value).toEqual(want.value);
        expect(date.grain).toBe(want.grain);
      }
    }
  });

  it('finds the places and organisations', () => {
    const places = article.places.map((place) => place.name);
    const organizations = article.organizations.map((organization) => organization.name);
    for (const place of expected.places) expect(places).toContain(place);
    for (const organization of expected.organizations) expect(organizations).toContain(organization);
    for (const entity of [...article.places, ...article.organizations]) {
      for (const mention of entity.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(entity.name);
    }
  });

  it('reports every removed line with its reason and keeps furniture out of the text', () => {
    expect(article.removed.filter((line) => line.reason === 'repeated-title')).toHaveLength(expected.removed.repeatedTitleLines);
    for (const widget of expected.removed.widgetLines) {
      const line = article.removed.find((removed) => fold(removed.text) === fold(widget));
      expect(line, widget).toBeDefined();
      expect(['widget', 'counter']).toContain(line!.reason);
    }
    expect(article.removed).toContainEqual(expect.objectContaining({ text: expected.removed.reprintNotice, reason: 'reprint-notice' }));
    for (const text of expected.notInBody) expect(article.text).not.toContain(text);
  });

  it('loses no line: each line of the page is in the text or in removed', () => {
    const removedText = article.removed.map((line) => line.text).join('\n');
    for (const line of raw.split('\n').map(fold).filter(Boolean)) {
      const inText = article.text.includes(line);
      const inRemoved = removedText.includes(line);
      const splitCaption = !inText && article.captions.some((caption) => line.startsWith(caption.text)) && removedText.includes(fold(line.slice(line.lastIndexOf('。') + 1)));
      expect(inText || inRemoved || splitCaption, line.slice(0, 30)).toBe(true);
    }
  });

  it('without a reference date, dates keep an unknown year', () => {
    const undated = parseArticle(raw, { segmenter });
    const first = datesWritten(undated, '7月21日');
    expect(first).toHaveLength(1);
    expect(first[0].value).toBe('XXXX-07-21');
  });

  it('reads the page in Traditional script the same way, with offsets into the Traditional text', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(raw);
    expect(traditional).not.toBe(raw);
    const parsed = parseArticle(traditional, { referenceDate: expected.referenceDate, segmenter });
    expect(parsed.lang).toBe('zh-Hant');
    expect(parsed.officials.map((official) => toSimplified(official.name))).toEqual(expected.officials.map((official) => official.name));
    for (const official of parsed.officials) {
      for (const mention of official.mentions) expect(parsed.text.slice(mention.start, mention.end)).toBe(official.name);
    }
    expect(parsed.dates.map((date) => [toSimplified(date.text), date.value])).toEqual(article.dates.map((date) => [date.text, date.value]));
    for (const date of parsed.dates) expect(parsed.text.slice(date.start, date.end)).toBe(date.text);
    expect(parsed.text).toContain('孫紹騁');
  });
});

// The same page converted to Traditional (Taiwan and Hong Kong standards): every fact of expected.json, converted,
// with every string written as on the page and every offset into the Traditional text.
describe.skipIf(!present).each(['tw', 'hk'] as const)('the seed page in Traditional script (cn→%s)', (variant) => {
  const expected: Expected = present ? JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) : ({} as Expected);
  const convert = OpenCC.Converter({ from: 'cn', to: variant });
  const raw = present ? convert(readFileSync(join(seedDir, 'article.txt'), 'utf8')) : '';
  const article = present ? parseArticle(raw, { referenceDate: expected.referenceDate }) : ({} as Article);
  const same = (written: string, simplified: string) => fold(toSimplified(written)) === fold(toSimplified(simplified));

  it('gives the title, the lead, the body paragraphs and the captions as written on the page', () => {
    expect(article.lang).toBe('zh-Hant');
    expect(fold(article.title ?? '')).toBe(fold(convert(expected.title)));
    expect(article.excerpt).toBe(convert(expected.lead));
    const body = article.paragraphs.filter((paragraph) => paragraph.kind === 'body');
    expect(body).toHaveLength(expected.bodyParagraphStarts.length);
    body.forEach((paragraph, i) => expect(same(paragraph.text.slice(0, expected.bodyParagraphStarts[i].length), expected.bodyParagraphStarts[i])).toBe(true));
    for (const paragraph of article.paragraphs) {
      expect(article.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(raw).toContain(paragraph.text);
    }
    expect(article.captions).toHaveLength(expected.captions.length);
    article.captions.forEach((caption, i) => {
      const want = expected.captions[i];
      expect(same(caption.text.slice(0, want.starts.length), want.starts)).toBe(true);
      expect(caption.date?.value).toBe(want.date);
      expect(caption.photographers.map(toSimplified)).toEqual([want.photographer]);
      expect(raw).toContain(caption.photographers[0]);
      expect(article.text.slice(caption.start, caption.end)).toBe(caption.text);
    });
  });

  it('reads the credits, the source and the original URL', () => {
    expect(article.credits.photographers.map(toSimplified)).toEqual(expected.credits.photographers);
    expect(article.credits.editors.map(toSimplified)).toEqual(expected.credits.editors);
    expect(article.credits.reviewers.map(toSimplified)).toEqual(expected.credits.reviewers);
    for (const name of [...article.credits.photographers, ...article.credits.editors, ...article.credits.reviewers]) expect(raw).toContain(name);
    expect(toSimplified(article.source ?? '')).toBe(expected.credits.source);
    expect(raw).toContain(article.source);
    expect(toSimplified(article.sourceChannel ?? '')).toBe(expected.credits.sourceChannel);
    expect(article.url).toBe(expected.credits.originalUrl);
  });

  it('finds the officials, dates, places and organisations, with offsets into the Traditional text', () => {
    expect(article.officials.map((official) => toSimplified(official.name))).toEqual(expected.officials.map((official) => official.name));
    for (const want of expected.officials) {
      const official = article.officials.find((candidate) => toSimplified(candidate.name) === want.name)!;
      expect(official.titles.map((title) => toSimplified(title.text))).toEqual(want.titles);
      for (const mention of official.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(official.name);
    }
    for (const want of expected.dates) {
      const found = article.dates.filter((date) => toSimplified(date.text) === want.text);
      expect(found, want.text).toHaveLength(want.count ?? 1);
      for (const date of found) expect(date.value).toEqual(want.value);
    }
    for (const date of article.dates) expect(article.text.slice(date.start, date.end)).toBe(date.text);
    const places = article.places.map((place) => toSimplified(place.name));
    const organizations = article.organizations.map((organization) => toSimplified(organization.name));
    for (const place of expected.places) expect(places).toContain(place);
    for (const organization of expected.organizations) expect(organizations).toContain(organization);
  });

  it('reports the removed lines with their reasons and keeps the furniture out of the text', () => {
    expect(article.removed.filter((line) => line.reason === 'repeated-title')).toHaveLength(expected.removed.repeatedTitleLines);
    for (const widget of expected.removed.widgetLines) {
      const line = article.removed.find((removed) => same(removed.text, widget));
      expect(line, widget).toBeDefined();
      expect(['widget', 'counter']).toContain(line!.reason);
      expect(raw).toContain(line!.text.split(' ')[0]);
    }
    const notice = article.removed.find((line) => line.reason === 'reprint-notice');
    expect(notice && same(notice.text, expected.removed.reprintNotice)).toBe(true);
    for (const text of expected.notInBody) expect(toSimplified(article.text)).not.toContain(text);
  });
});
