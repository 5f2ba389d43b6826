// One date reader: a publish-time string gets the same reading whichever path meets it — a meta tag
// (input/meta.ts), the info bar near the headline, a byline line of page text (boilerplate → article),
// or the date engine itself. Checked on strings of our own and on every publish-time string of the
// gne-testpages pages (../shared, skipped where absent).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../src/boilerplate/index.js';
import { extractDates } from '../src/dates/index.js';
import { readPublishTime } from '../src/dates/publish.js';
import { parseArticle } from '../src/index.js';
import { parseHtml } from '../src/input/html.js';
import { readPage } from '../src/input/index.js';

/** The engine's reading: the first mention with its year written, at day precision or finer. */
function engineReading(text: string): string | null {
  const mention = extractDates(text).find((m) => typeof m.value === 'string' && m.yearSource === 'text' && ['day', 'hour', 'minute', 'second'].includes(m.grain));
  return mention ? (mention.value as string) : null;
}

/** The meta path, end to end: a page whose only publish time is this meta tag. */
function metaReading(value: string): string | null {
  const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return readPage(`<html><head><meta name="publishdate" content="${escaped}"><title>标题</title></head><body><p>正文。</p></body></html>`).meta.publishedTime;
}

/** The info-bar path: the line under the headline, read by the page's metadata. */
function infoBarReading(value: string): string | null {
  return readPage(`<html><head><title>示例标题</title></head><body><h1>示例标题</h1><div class="info">发布时间：${value} 来源：示例日报</div><div class="content"><p>正文内容，共有两句话。第二句话。</p></div></body></html>`).meta.publishedTime;
}

/** The byline path: a byline line of page text, read by the boilerplate stage and the article. */
function bylineReading(value: string): string | null {
  return parseArticle(`示例标题\n${value} 来源：示例日报\n正文内容，共有两句话。第二句话。`, { format: 'text' }).publishedTime;
}

describe('publish times read the same on every path', () => {
  const strings = [
    '2021-06-18', '2021-06-18 09:05', '2021-06-18 09:05:30', '2021/6/18 21:40', '2021.06.18 21:40', '2021年6月18日', '2021年6月18日 09:05',
    '2021年06月18日 下午3:05', '2021年6月18日 晚上12:00', '2021年6月18日 上午12:05', '2021年6月18日 中午12:30',
  ];
  it.each(strings)('%s', (value) => {
    const engine = engineReading(value);
    expect(engine).not.toBeNull();
    expect(metaReading(value)).toBe(engine);
    expect(infoBarReading(value)).toBe(engine);
    expect(bylineReading(value)).toBe(engine);
    expect(readPublishTime(value)).toBe(engine);
  });
  it('reads full-width digits the same in meta tags, info bars and the engine', () => {
    // (the byline line parser of boilerplate/ matches half-width digits only)
    const value = '２０２１年０６月１８日 ０９：０５';
    expect(engineReading(value)).toBe('2021-06-18T09:05');
    expect(metaReading(value)).toBe('2021-06-18T09:05');
    expect(infoBarReading(value)).toBe('2021-06-18T09:05');
  });
  it('reads 晚上12:00 as the midnight that ends the day on every path', () => {
    expect(metaReading('2019年12月10日 晚上12:00')).toBe('2019-12-11T00:00');
    expect(bylineReading('2019年12月10日 晚上12:00')).toBe('2019-12-11T00:00');
  });
});

const gnePages = join(import.meta.dirname, '..', '..', 'shared', 'bench-data', 'news-extraction', 'gne-testpages-zh', 'html');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : /\.html?$/u.test(name) ? [path] : [];
  });
}

// Forms that only page furniture writes, read by dates/publish.ts before the engine: Unix times,
// fourteen-digit stamps, English dates.
const FURNITURE_ONLY = /^\s*(?:\d{10}(?:\d{3})?|\d{14}|[A-Za-z].*\d{4}.*)\s*$/u;
const PUBLISH_KEY = /publish|pubdate|ptime|date|time|issued|created/iu;

describe.skipIf(!existsSync(gnePages))('publish-time strings of the gne-testpages pages', () => {
  const strings = new Set<string>();
  const bylines = new Set<string>();
  for (const file of existsSync(gnePages) ? htmlFiles(gnePages) : []) {
    const html = readFileSync(file, 'utf8');
    const parsed = parseHtml(html);
    for (const [key, value] of parsed.metas) if (PUBLISH_KEY.test(key) && /\d{4}|\d{10}/u.test(value)) strings.add(value);
    for (const time of parsed.times) strings.add(time.value);
    for (const blob of parsed.jsonLd) for (const match of blob.matchAll(/"date(?:Published|Modified)"\s*:\s*"([^"]{4,60})"/gu)) strings.add(match[1]);
    for (const line of readPage(html).infoBars) bylines.add(line);
  }

  it('finds strings to check', () => {
    expect(strings.size + bylines.size).toBeGreaterThan(30);
  });

  it('meta tags, <time> and JSON-LD values: the meta path gives the engine’s reading', () => {
    for (const value of strings) {
      const engine = engineReading(value);
      const meta = metaReading(value);
      if (engine === null) {
        // what the engine cannot read is either no date at all or a furniture-only form
        if (meta !== null) expect(value).toMatch(FURNITURE_ONLY);
        continue;
      }
      expect(meta, value).toBe(engine);
    }
  });

  it('info bars: the byline path and the engine give the same reading', () => {
    let read = 0;
    for (const line of bylines) {
      // The boilerplate stage reads an info bar's date as written; the article hands it to readPublishTime.
      const written = classifyLines(['示例标题', '正文内容,共有两句话。'], { bylines: [line] }).bylineDate;
      if (written === null) continue;
      read++;
      expect(readPublishTime(written), line).toBe(engineReading(line));
    }
    expect(read).toBeGreaterThan(5);
  });
});
