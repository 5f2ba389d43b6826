// Hostile input gives its result: long 、 lists, runs of one character, long lines without punctuation,
// deep and wide HTML, pages of thousands of short paragraphs, NULs, lone surrogates, unterminated markup
// and damaged bytes. Only results are asserted here; how the time grows with the size of such pages is
// measured by bench/scaling.bench.mjs (`npm run bench:scaling`), never in a unit test.
import { describe, expect, it } from 'vitest';
import { XinwenError, parseArticle } from '../src/index.js';

const names = ['王建国', '李小红', '乌力吉', '张伟', '欧阳明远'];

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(XinwenError);
    return (error as XinwenError).code;
  }
}

describe('hostile input gives its result', () => {
  it('a 、 list of 10,000 names after a shared title: every name an official with that title, every mention found', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => names[i % names.length]).join('、');
    const article = parseArticle('某省召开全省经济工作会议\n省领导' + list + '参加。');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['某省召开全省经济工作会议', '省领导' + list + '参加。']);
    expect(article.officials.map((official) => official.name).sort()).toEqual([...names].sort());
    for (const official of article.officials) {
      expect(official.titles.map((title) => title.text)).toEqual(['省领导']);
      expect(official.mentions).toHaveLength(2_000);
    }
  });

  it('one sentence of 5,000 appointment clauses, each removal naming its person by 其, and 2,000 list headings: every post given', () => {
    const clauses = Array.from({ length: 5_000 }, (_, i) => `任命${names[i % names.length]}为县教育局局长，免去其县财政局副局长职务`).join('，');
    const headings = Array.from({ length: 2_000 }, () => '5位新闻发言人分别是：县教育局局长赵国庆；').join('');
    const article = parseArticle('某县召开常委会议\n' + clauses + '。\n' + headings);
    const byName = Object.fromEntries(article.officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status ?? null])]));
    for (const name of names) expect(byName[name]).toEqual(expect.arrayContaining([['县教育局局长', 'new'], ['县财政局副局长', 'former']]));
    expect(byName['赵国庆']).toEqual([['县教育局局长', null], ['新闻发言人', null]]);
  });

  it('a run of 50,000 年 and of 50,000 digits before 年: kept whole, and no date made of them', () => {
    const article = parseArticle('标题\n' + '年'.repeat(50_000) + '\n' + '2'.repeat(50_000) + '年');
    expect(article.paragraphs.map((paragraph) => paragraph.text.length)).toEqual([2, 50_000, 50_001]);
    expect(article.dates).toEqual([]);
  });

  it('one line of 130,000 Han characters without punctuation is kept whole, its places sliced from it', () => {
    const line = '北京市委书记市长自治区党委'.repeat(10_000);
    const article = parseArticle('标题\n' + line);
    expect(article.paragraphs[1].text).toBe(line);
    const beijing = article.places.find((place) => place.name === '北京市');
    expect(beijing?.mentions).toHaveLength(10_000);
    for (const mention of beijing?.mentions ?? []) expect(article.text.slice(mention.start, mention.end)).toBe('北京市');
  });

  it('10,000 unclosed <div> before 10,000 paragraphs: every paragraph kept', () => {
    const article = parseArticle('<html><body>' + '<div>'.repeat(10_000) + '<p>正文。</p>'.repeat(10_000) + '</body></html>');
    expect(article.paragraphs).toHaveLength(10_000);
    expect(new Set(article.paragraphs.map((paragraph) => paragraph.text))).toEqual(new Set(['正文。']));
  });

  it('100,000 nested <div> around a headline and a paragraph give both', () => {
    const page = '<html><body>' + '<div>'.repeat(100_000) + '<h1>某县召开防汛会议</h1><p>会议部署了今年的防汛工作。</p>' + '</div>'.repeat(100_000) + '</body></html>';
    const article = parseArticle(page);
    expect(article.title).toBe('某县召开防汛会议');
    expect(article.text).toBe('某县召开防汛会议\n会议部署了今年的防汛工作。');
  });

  it('a page of 20,000 short paragraphs: each is kept or removed, none lost', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `第${i}段。`);
    const article = parseArticle('某县召开防汛会议\n' + lines.join('\n'));
    expect(article.paragraphs.length + article.removed.length).toBe(20_001);
    const kept = new Set(article.paragraphs.map((paragraph) => paragraph.text));
    const removed = new Set(article.removed.map((line) => line.text));
    expect(lines.filter((line) => !kept.has(line) && !removed.has(line))).toEqual([]);
  });

  it('NUL bytes, lone surrogates and unterminated markup', () => {
    const article = parseArticle('某市召开安全生产会议\n正文\u0000里有\ud800孤立的代理项。\n<!-- 未结束的注释 <script>var x =');
    expect(article.title).toBe('某市召开安全生产会议');
    expect(article.text).toContain('正文里有孤立的代理项。');
    expect(article.warnings.join(' ')).toMatch(/removed 1 NUL character.*removed 1 lone surrogate/);
    // Two halves of a surrogate pair parted by a NUL are two lone surrogates, not a character once the NUL goes.
    expect(parseArticle('某市召开安全生产会议\n正文\ud800\u0000\udfff结束。').text).toBe('某市召开安全生产会议\n正文结束。');
    expect(parseArticle('<html><body><h1>某县召开防汛会议</h1><p>正文<script>while(true){').title).toBe('某县召开防汛会议');
  });
});

describe('damaged bytes through parseArticle', () => {
  const page = '某市召开安全生产会议\n' + '会议要求各部门落实安全生产责任，加强隐患排查整治。\n'.repeat(10);
  const utf8 = Buffer.from(page, 'utf8');
  const boundary = Buffer.from(page.slice(0, 30), 'utf8').length;

  it('a UTF-8 page with one 0xFF byte is read as UTF-8, with U+FFFD and a warning', () => {
    const article = parseArticle(Buffer.concat([utf8.subarray(0, boundary), Buffer.from([0xff]), utf8.subarray(boundary)]));
    expect(article.title).toBe('某市召开安全生产会议');
    expect(article.text).toContain('\uFFFD');
    expect(article.warnings.join(' ')).toMatch(/UTF-8 but for 1 invalid sequence/);
  });

  it('a UTF-8 page cut inside its last character stays UTF-8', () => {
    const article = parseArticle(utf8.subarray(0, utf8.length - 2));
    expect(article.title).toBe('某市召开安全生产会议');
    expect(article.text).toContain('会议要求各部门落实安全生产责任');
    expect(article.warnings.join(' ')).toMatch(/ends inside a UTF-8 character/);
  });

  it('100 KB of random high bytes are E_ENCODING, not GB18030 text', () => {
    let state = 20_261_201;
    const bytes = new Uint8Array(100_000);
    for (let i = 0; i < bytes.length; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      bytes[i] = 0x80 | (state >>> 24);
    }
    expect(codeOf(() => parseArticle(bytes))).toBe('E_ENCODING');
  });
});
