// The boilerplate stage skips a rule when a line lacks the characters its pattern needs (line-facts.ts,
// pattern-starts.ts, unit-set.ts). These tests check that the skipping never changes an answer: every gate
// agrees with running the pattern itself, on lines we write and on random lines made of the patterns' own words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLDS, readChars, type CharFacts } from '../src/boilerplate/line-facts.js';
import { mayStartMatch, openingPairs, patternNeeds } from '../src/boilerplate/pattern-starts.js';
import { furnitureReason } from '../src/boilerplate/patterns.js';
import { mayHoldCredit } from '../src/boilerplate/credit-reader.js';
import { UnitSet } from '../src/boilerplate/unit-set.js';
import { cleanLine, foldWidth, isSpaceLike } from '../src/normalize/width.js';
import { readDictRows } from '../src/nlp/index.js';

const FURNITURE = readDictRows('boilerplate.txt').map(([reason, source]) => ({ reason, pattern: new RegExp(source, 'u') }));

/** The first pattern of dict/boilerplate.txt, in file order, that matches the whole line: the answer without any gate. */
function firstMatch(line: string): string | null {
  if (line.length > 400) return null;
  return FURNITURE.find(({ pattern }) => pattern.test(line))?.reason ?? null;
}

// Pieces of furniture and of prose, cut at random points and glued, make lines near every pattern's edge.
const PIECES = [
  '分享到', '微信', 'QQ空间', '上一篇', ':', '：', ' ', '打印', '【', '】', '[', ']', '(', ')', '在看', '点', '12', '3', '条评论',
  '版权所有', 'Copyright', '©', '(c)', 'ICP备', '转载请注明出处', '本文来自', '原文链接', '声明', '图片', '来源', '网络', '返回',
  '首页', '>>', '»', '相关阅读', '视频', '-', '|', '市政府召开会议', '记者', '张明', '。', '2024年5月8日', '阅读', '+',
];
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

describe('furniture patterns tried by what a line holds', () => {
  it('gives the first matching pattern of the file, as trying every pattern does', () => {
    const lines = ['分享到: 微信 QQ空间', '上一篇: 某地举行运动会', '本站声明: 转载请注明出处', '©2024 某某网 版权所有', '12条评论', '点【在看】', '[打印]', '市政府召开会议。', '返回首页>>', '视频: 某地的春天', '+3'];
    for (const text of lines) expect(furnitureReason(text), text).toBe(firstMatch(text));
  });

  it('agrees with trying every pattern on random lines of furniture words', () => {
    fc.assert(fc.property(line, (text) => furnitureReason(text) === firstMatch(text)), { numRuns: 3000 });
  });

  it('agrees when the caller passes the gates its own pass read', () => {
    const facts: CharFacts = { visible: 0, han: 0, latin: 0, digit: 0, sentence: 0, comma: 0, stop: 0, separator: 0, mask: 0 };
    fc.assert(
      fc.property(line, (text) => {
        readChars(text, facts);
        const gates = ((facts.mask & HOLDS.patternWord) !== 0 ? 1 : 0) | ((facts.mask & HOLDS.patternCharacter) !== 0 ? 2 : 0);
        return furnitureReason(text, gates) === firstMatch(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('what a pattern needs of a line', () => {
  it('reads the first characters of an anchored pattern, past optional parts', () => {
    const needs = patternNeeds('^[(（]?(本文来自|转自)\\s?:');
    expect(needs.first && [...needs.first].map((unit) => String.fromCharCode(unit)).sort()).toEqual(['(', '（', '本', '转'].sort());
  });

  it('reads a character every match holds when the pattern may start with anything', () => {
    expect(patternNeeds('^.{0,12}点?【在看】.{0,12}$')).toEqual({ first: null, required: '【'.charCodeAt(0) });
  });

  it('needs nothing of a pattern it cannot read or that matches the empty line', () => {
    expect(patternNeeds('^(?=a)b')).toEqual({ first: null, required: null });
    expect(patternNeeds('^\\p{Script=Han}+')).toEqual({ first: null, required: null });
    expect(patternNeeds('^a?$')).toEqual({ first: null, required: null });
    expect(patternNeeds('^.{0,3}(a|b)|c')).toEqual({ first: null, required: null });
  });

  it('reads the first two characters of each alternative of a word list, or the first alone where it must', () => {
    const read = (source: string) => {
      const found = openingPairs(source);
      return found && { pairs: found.pairs.map(([a, b]) => String.fromCharCode(a, b)), alone: found.alone.map((unit) => String.fromCharCode(unit)).sort() };
    };
    expect(read('转载请注明|未经许可.{0,10}不得转载|\\(c\\)|©')).toEqual({ pairs: ['转载', '未经', '(c'], alone: ['©'] });
    // A quantified or bracketed opening tells only its first characters.
    expect(read('a?b|[xy]z|(pq|r)s')).toEqual({ pairs: [], alone: ['a', 'b', 'p', 'r', 'x', 'y'] });
    expect(read('.x|ab')).toBeNull();
    expect(read('^ab')).toBeNull();
  });

  it('lets through every line a list of words matches, by the pairs it reads', () => {
    const source = '转载请注明|未经许可.{0,10}不得转载|版权所有|\\(c\\)|©|ICP备';
    const words = new RegExp(source, 'u');
    const { pairs, alone } = openingPairs(source) as NonNullable<ReturnType<typeof openingPairs>>;
    const opens = (text: string) => [...text].some((ch, i) => alone.includes(ch.charCodeAt(0)) || pairs.some(([a, b]) => text.charCodeAt(i) === a && text.charCodeAt(i + 1) === b));
    const text = fc.array(fc.constantFrom('转', '载', '请注明', '未经', '许可', '不得转载', '版权', '所有', '(', 'c', ')', '©', 'I', 'CP备', '本文', ' '), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (candidate) => opens(candidate) || !words.test(candidate)), { numRuns: 2000 });
  });

  it('lets through every line an anchored pattern matches', () => {
    const patterns = [/^[□■●▲◆★☆◇○•·\-—|]+\s?/u, /^(?:[?|\\&*]\s?){3,}|^[|\\]\s/u, /^[(\[【]?(?:提要|摘要|导读)[)\]】]?\s?:?/u];
    const text = fc.array(fc.constantFrom('□', '■', '-', '|', '\\', '?', '&', ' ', '(', '【', '提要', '摘要', '】', ':', '正文', '。'), { maxLength: 6 }).map((parts) => parts.join(''));
    for (const pattern of patterns) {
      const may = mayStartMatch(pattern);
      fc.assert(fc.property(text, (candidate) => may(candidate) || !pattern.test(candidate)), { numRuns: 1000 });
    }
  });

  it('always lets a line through for a pattern that is not anchored', () => {
    expect(mayStartMatch(/记者/u)('本报记者')).toBe(true);
  });
});

describe('one pass over a line', () => {
  it('counts the characters as separate tests of each class do', () => {
    const facts: CharFacts = { visible: 0, han: 0, latin: 0, digit: 0, sentence: 0, comma: 0, stop: 0, separator: 0, mask: 0 };
    const text = fc.array(fc.constantFrom('市政府', '的', '了', 'GDP', 'abc', '2024', '。', '!', ',', '、', ' ', '|', '·', '𠀀', ':', '…'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (view) => {
        readChars(view, facts);
        const count = (pattern: RegExp) => (view.match(pattern) ?? []).length;
        return (
          facts.visible === view.replace(/ /gu, '').length &&
          facts.latin === count(/[A-Za-z]/gu) &&
          facts.digit === count(/[0-9]/gu) &&
          facts.sentence === count(/[。!?;]/gu) &&
          facts.comma === count(/[,、]/gu) &&
          facts.stop === count(/[的了]/gu) &&
          (facts.mask & HOLDS.colon) !== 0 === view.includes(':') &&
          (facts.mask & HOLDS.stopOrEllipsis) !== 0 === /[。…]/u.test(view)
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the credit-label gate of a line', () => {
  const maskOf = (view: string) => {
    const facts: CharFacts = { visible: 0, han: 0, latin: 0, digit: 0, sentence: 0, comma: 0, stop: 0, separator: 0, mask: 0 };
    readChars(view, facts);
    return facts.mask;
  };

  it('is open on every line where the credit reader finds a label may stand', () => {
    const text = fc.array(fc.constantFrom('记者', '记', '者', '编辑', '图', '文', '摄', '来源', '张明', '市政府', ':', '/', '|', ' ', '。', 'ab'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (view) => (maskOf(view) & HOLDS.labelStart) !== 0 || !mayHoldCredit(view)), { numRuns: 3000 });
  });

  it('stays shut where the first character of a label starts no label', () => {
    expect(maskOf('记得图书馆的文化') & HOLDS.labelStart).toBe(0);
    expect(maskOf('记者张明') & HOLDS.labelStart).not.toBe(0);
    expect(maskOf('张明/文') & HOLDS.labelStart).not.toBe(0);
  });
});

describe('sets of code units', () => {
  it('hold what was added and nothing past the end of a line', () => {
    const set = UnitSet.of('图|»');
    expect(set.has('图'.charCodeAt(0))).toBe(true);
    expect(set.has('国'.charCodeAt(0))).toBe(false);
    expect(set.has(''.charCodeAt(0))).toBe(false);
    expect(UnitSet.matching(/[(（]/u).has('（'.charCodeAt(0))).toBe(true);
  });
});

describe('width folding', () => {
  it('folds a long text as it folds each character', () => {
    const text = '市政府（召开）：会议，ＡＢＣ１２３\u3000'.repeat(400);
    const folded = foldWidth(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe([...text].map((ch) => foldWidth(ch)).join(''));
    expect(folded.startsWith('市政府(召开):会议,ABC123 ')).toBe(true);
  });

  it('keeps a byte-order mark, astral characters and lone surrogates of a long text', () => {
    for (const extra of ['\ufeff', '𠀀', '\ud800', '\udfff']) {
      const text = `${extra}市政府（召开）${extra}`.repeat(600);
      expect(foldWidth(text)).toBe(`${extra}市政府(召开)${extra}`.repeat(600));
    }
  });
});

describe('clean lines', () => {
  it('tells the space-like units by code exactly as the pattern cleanLine replaces', () => {
    const pattern = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/u;
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit === 32) continue;
      expect(isSpaceLike(unit), unit.toString(16)).toBe(pattern.test(String.fromCharCode(unit)));
    }
  });

  it('keeps a clean line as it is and cleans the others', () => {
    const piece = fc.constantFrom('市政府', ' ', '  ', '\t', '\u3000', '\u00a0', '\u200b', 'GDP', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        return cleanLine(text) === text.replace(/[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
      }),
      { numRuns: 1000 },
    );
  });
});
