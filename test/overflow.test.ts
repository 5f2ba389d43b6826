// Inputs big enough to overflow the stack where a stage spreads a list into a call or recurses once per
// element: each must give its result, not a RangeError. Outputs are asserted; speed is bench/'s business.
import { describe, expect, it } from 'vitest';
import { extractDates, extractOfficials, parseArticle, segment } from '../src/index.js';

describe('long inputs do not overflow the stack', () => {
  it('segment returns every word of a text with more words than a call takes arguments', () => {
    const text = '我们'.repeat(124257);
    const tokens = segment(text);
    expect(tokens).toHaveLength(124257);
    expect(tokens[124256]).toEqual({ word: '我们', tag: 'r', start: text.length - 2, end: text.length });
  });

  it('parseArticle returns the tokens of a page with more words than a call takes arguments', () => {
    const text = '某县召开防汛会议\n' + '我们在这里开会。\n'.repeat(32_000);
    const article = parseArticle(text, { tokens: true });
    expect(article.paragraphs.length).toBeGreaterThan(1);
    const tokens = article.tokens ?? [];
    expect(tokens.length).toBeGreaterThan(150_000);
    const last = tokens[tokens.length - 1];
    expect(article.text.slice(last.start, last.end)).toBe(last.word);
    expect(last.end).toBe(article.text.length);
  });

  it('a JSON-LD datePublished array of 200k strings gives the first date', () => {
    const dates = Array.from({ length: 200_000 }, (_, index) => `2024-03-${String(1 + (index % 28)).padStart(2, '0')}`);
    const page =
      '<html><head><script type="application/ld+json">' + JSON.stringify({ '@type': 'NewsArticle', datePublished: dates }) +
      '</script></head><body><h1>某县召开防汛工作会议</h1><p>会议部署了今年的防汛工作，要求各乡镇落实责任。</p></body></html>';
    expect(parseArticle(page).publishedTime?.slice(0, 10)).toBe('2024-03-01');
  });

  it('the date lexer reads a year followed by a long run of one character', () => {
    const mentions = extractDates('2023年' + '的'.repeat(50_000));
    expect(mentions.map((mention) => mention.text)).toEqual(['2023年']);
  });

  it('segment takes 150k known names and keeps the one the text holds as one token', () => {
    const names = Array.from({ length: 150_000 }, (_, index) => `名字${index}`);
    names.push('欧阳明远');
    const tokens = segment('欧阳明远在会上讲话。', { names });
    expect(tokens[0]).toMatchObject({ word: '欧阳明远', start: 0, end: 4 });
  });

  it('segment keeps each of 150k protected spans as one token', () => {
    const text = '会议'.repeat(150_000);
    const protect = Array.from({ length: 150_000 }, (_, index) => ({ start: 2 * index, end: 2 * index + 2, tag: 'x' }));
    const tokens = segment(text, { protect });
    expect(tokens).toHaveLength(150_000);
    expect(tokens[149_999]).toEqual({ word: '会议', tag: 'x', start: text.length - 2, end: text.length });
  });

  it('extractOfficials reads a 、 list of 150k names after a shared title', () => {
    const names = ['王建国', '李小红', '乌力吉', '张伟', '欧阳明远'];
    const text = '省领导' + Array.from({ length: 150_000 }, (_, index) => names[index % names.length]).join('、') + '参加。';
    const { officials } = extractOfficials(text);
    expect(officials.map((official) => official.name).sort()).toEqual([...names].sort());
    for (const official of officials) expect(official.mentions).toHaveLength(30_000);
  });

  it('segment cuts a text longer than one native call (at line breaks) into the tokens its lines give one by one', () => {
    const lines = Array.from({ length: 1_500 }, (_, n) => `${1 + (n % 12)}月${1 + (n % 28)}日，东陵市副市长邓雅琴到第${n}个村调研，与村民代表座谈。`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(50_000);
    const expected: unknown[] = [];
    let offset = 0;
    for (const line of lines) {
      for (const token of segment(line)) expected.push({ ...token, start: token.start + offset, end: token.end + offset });
      offset += line.length + 1;
    }
    expect(segment(text)).toEqual(expected);
  });
});
