// Properties that must hold for any input: parseArticle returns or throws a XinwenError, never another error;
// every span slices `text` to what it names; paragraphs tile `text` in order; the result is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XinwenError, parseArticle } from '../src/index.js';
import { toSimplified } from '../src/normalize/index.js';
import type { Article } from '../src/types.js';

// `npm run fuzz` raises the number of runs and varies the seed; `npm test` keeps a fixed, quick sample.
const scale = Number(process.env.XINWEN_FUZZ_SCALE ?? 1);
const seedOffset = Number(process.env.XINWEN_FUZZ_SEED ?? 0);

const pieces = [
  '北京市', '委员', '书记', '市长', '、', ',', '。', '\n', ' ', '王', '李小', '自治区', '党委', '副', '组长', '领导', '年', '月', '日',
  '7', '21', '至', '22', '上午', '时', '记者', '摄', '来源:', '编辑:', '评论0', '原文链接:', 'http://a.cn/x', '《', '》', '·', '公司',
  '<p>', '</p>', '<div class="content">', '</div>', '<h1>', '</h1>', '<script>', '<!--', '&nbsp;', '\u00a0', '\u3000', '１２', 'ＡＢ',
  '林國棟', '總書記', '村', '乡', '县', 'John Smith', '\u0000', '\ud800',
];
const pageText = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

function checkArticle(article: Article): void {
  const { text } = article;
  let cursor = 0;
  for (const paragraph of article.paragraphs) {
    expect(paragraph.start).toBeGreaterThanOrEqual(cursor);
    expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    cursor = paragraph.end;
  }
  for (const date of article.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  // A page that mixes scripts may write one name both ways (林国栋, 林國棟): the same entity, so compare in Simplified.
  for (const named of [...article.officials, ...article.people, ...article.places, ...article.organizations]) {
    for (const mention of named.mentions) expect(toSimplified(text.slice(mention.start, mention.end))).toBe(toSimplified(named.name));
  }
  for (const token of article.tokens ?? []) expect(text.slice(token.start, token.end)).toBe(token.word);
}

function parseOrXinwenError(input: string | Uint8Array, options = {}): Article | null {
  try {
    return parseArticle(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(XinwenError);
    return null;
  }
}

describe('properties of parseArticle', () => {
  it('holds for page text and HTML built from news fragments', () => {
    fc.assert(
      fc.property(pageText, fc.boolean(), (input, tokens) => {
        const article = parseOrXinwenError(input, { referenceDate: '2023-07-23', tokens });
        if (article) checkArticle(article);
      }),
      { numRuns: 400 * scale, seed: 20261126 + seedOffset },
    );
  });

  it('holds for arbitrary strings and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        const article = parseOrXinwenError(input);
        if (article) checkArticle(article);
      }),
      { numRuns: 400 * scale, seed: 7 + seedOffset },
    );
  });

  it('is deterministic and removes nothing more when run on its own text', () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const first = parseOrXinwenError(input, { referenceDate: '2023-07-23' });
        if (!first) return;
        expect(parseArticle(input, { referenceDate: '2023-07-23' })).toEqual(first);
        if (first.text === '') return;
        const again = parseArticle(first.text, { referenceDate: '2023-07-23', format: 'text' });
        // Every kept line stays kept (a lone line may change from title to body, but nothing is dropped).
        expect(again.paragraphs.map((paragraph) => paragraph.text)).toEqual(first.paragraphs.map((paragraph) => paragraph.text));
      }),
      { numRuns: 150 * scale, seed: 42 + seedOffset },
    );
  });
});
