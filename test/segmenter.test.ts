// The `segmenter` option and the tags: cut(s, true) plus a dictionary look-up must give nodejieba `tag`'s
// words and tags exactly (the name model reads them); @node-rs/jieba and a caller's function segment
// without loading nodejieba; bad values are E_OPTION, a missing @node-rs/jieba E_NATIVE.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractOfficials, parseArticle, parseMany, segment, XinwenError } from '../src/index.js';
import { PosDictionary, unknownWordTag } from '../src/nlp/pos.js';
import { nodejiebaCutAndLookUp } from '../src/nlp/segmenter.js';
import { runWithNativeHook } from './helpers/native-hook.js';

const nodejieba = createRequire(import.meta.url)('nodejieba') as { tag(text: string): { word: string; tag: string }[] };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Sentences written for this test: news prose, numbers, Latin words and codes, a lone digit, full-width
// forms, Traditional characters, an astral character, white space and punctuation runs.
const SENTENCES = [
  '市政府办公室今天上午召开新闻发布会，通报全市上半年经济运行情况。',
  '副市长周建平在会上表示，要加快推进城市更新和老旧小区改造。',
  '2025年第一季度，全省规模以上工业增加值同比增长6.3%，高于全国平均水平。',
  '该公司发布了新一代AI芯片X9，售价为1999元，并计划在5G网络中部署。',
  '第3届论坛于9月在杭州举行，来自12个国家的代表参加。',
  '他说：“我们将继续深化改革、扩大开放，推动高质量发展！”',
  '县委书记和县长分别带队，深入乡镇检查防汛备汛工作……',
  'ＣＰＵ使用率达到８５％，Ｗｉ－Ｆｉ信号覆盖全楼。',
  '行政院長今日出席記者會，說明預算編列情形。',
  'iPhone 16 Pro 与 Mate 70 的对比评测 v2.1 版本',
  '会议由张  明主持　　出席人员共计 7 人',
  '𠀋这个字很少见，𩸽也是。',
  '1', 'a1', '1a', 'R2-D2', '……！？', '中国共产党第二十次全国代表大会',
];

describe('tags from cut plus a dictionary look-up', () => {
  it("give nodejieba tag's words and tags exactly", () => {
    for (const sentence of SENTENCES) {
      const ours = nodejiebaCutAndLookUp(sentence);
      expect(ours, sentence).toEqual(nodejieba.tag(sentence).map(({ word, tag }) => ({ word, tag })));
    }
  });

  it("follow cppjieba's rule for words the dictionary does not list", () => {
    // Counting stops at half the word (rounded down): a lone ASCII character counts as nothing.
    expect(['1', '2025', 'GDP', 'a1', '1a', '黄皮书x', '黄皮书'].map(unknownWordTag)).toEqual(['x', 'm', 'eng', 'eng', 'm', 'eng', 'x']);
  });

  it('let a later line and the user dictionary win, as cppjieba does', () => {
    const tags = new PosDictionary(Buffer.from('新闻 10 n\n工作 5 vn\n工作 6 v\n发布会 3 n\n'), '发布会\n新词 nz\n');
    expect(['新闻', '工作', '发布会', '新词', '没有'].map((word) => tags.tagOf(word))).toEqual(['n', 'v', 'x', 'nz', 'x']);
  });
});

describe('the segmenter option', () => {
  const text = '国家统计局局长康义明在发布会上介绍了有关情况。';

  it('is accepted by every entry point, and @node-rs/jieba reads the same official', () => {
    for (const segmenter of ['nodejieba', 'node-rs-jieba'] as const) {
      expect(extractOfficials(text, { segmenter }).officials.map((official) => official.name)).toEqual(['康义明']);
      expect(segment(text, { segmenter }).map((token) => token.word).join('')).toBe(text);
      expect(parseArticle(`统计局通报\n${text}`, { segmenter }).officials.map((official) => official.name)).toEqual(['康义明']);
    }
  });

  it('takes a function whose words spell the text, white space left out', () => {
    const byCharacter = (input: string) => Array.from(input.replace(/\s/gu, ''));
    const tokens = segment('统计 局局长', { segmenter: byCharacter, granularity: 'fine' });
    expect(tokens.map((token) => [token.word, token.start])).toEqual([['统', 0], ['计', 1], ['局', 3], ['局', 4], ['长', 5]]);
    // The tags come from jieba's dictionary.
    expect(tokens[0].tag).toBe(nodejieba.tag('统')[0].tag);
  });

  it('refuses a bad value, and a function whose words do not spell the text, with E_OPTION', () => {
    const refuses = (call: () => unknown) => expect(call).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    for (const segmenter of ['jieba', 42, {}, null]) {
      refuses(() => segment(text, { segmenter } as never));
      refuses(() => extractOfficials(text, { segmenter } as never));
      refuses(() => parseArticle(text, { segmenter } as never));
      refuses(() => parseArticle(text, { segmenter, analyze: false } as never));
      refuses(() => parseMany([text], { segmenter } as never));
    }
    refuses(() => segment(text, { segmenter: () => ['统计', '局长'] }));
    refuses(() => segment(text, { segmenter: (input) => [input, '多余'] }));
    refuses(() => segment(text, { segmenter: () => 'not words' as never }));
    refuses(() => segment(text, { segmenter: () => { throw new Error('boom'); } }));
    // Worker threads cannot be sent a function.
    refuses(() => parseMany([text], { segmenter: (input) => [input] }));
  });

  it('answers a page whose own options name a function with an E_OPTION result of its own', async () => {
    const results = [];
    for await (const result of parseMany([{ source: 'own cut', input: text, options: { segmenter: (input: string) => [input] } }, text], { concurrency: 1 })) {
      results.push(result.error ? `${result.source}: ${result.error.code}` : `${result.source}: ${result.article?.officials.length}`);
    }
    expect(results).toEqual(['own cut: E_OPTION', '#1: 1']);
  });

  it('parses a batch on @node-rs/jieba workers', async () => {
    const names: string[][] = [];
    for await (const result of parseMany([`统计局通报\n${text}`], { segmenter: 'node-rs-jieba', concurrency: 1 })) {
      names.push(result.article ? result.article.officials.map((official) => official.name) : [result.error.code]);
    }
    expect(names).toEqual([['康义明']]);
  });
});

describe('loading', () => {
  it('never loads nodejieba when @node-rs/jieba or a function segments', () => {
    const out = runWithNativeHook(
      'forbidden',
      `import { parseArticle, segment } from './dist/index.js';
       const page = '统计局通报\\n国家统计局局长康义明在发布会上介绍了有关情况。';
       const a = parseArticle(page, { segmenter: 'node-rs-jieba', tokens: true });
       const b = segment('统计局局长', { segmenter: (text) => Array.from(text) });
       console.log(JSON.stringify([a.officials.map((o) => o.name), b.length, globalThis.__nodejiebaRequests ?? 0]));`,
    );
    expect(JSON.parse(out)).toEqual([['康义明'], 5, 0]);
  });

  it('is E_NATIVE, saying what to install, when @node-rs/jieba is missing', () => {
    const out = runWithNativeHook(
      'no-node-rs',
      `import { segment } from './dist/index.js';
       try { segment('新闻', { segmenter: 'node-rs-jieba' }); console.log('no error'); } catch (e) { console.log(e.code + ' ' + e.message); }`,
    );
    expect(out).toMatch(/^E_NATIVE /);
    expect(out).toMatch(/npm install @node-rs\/jieba/);
  });

  it('is chosen on the command line with --segmenter, and a bad name is a usage error', () => {
    const cli = (...flags: string[]) =>
      spawnSync(process.execPath, ['dist/cli.js', 'parse', '-', ...flags], { cwd: root, input: '统计局通报\n国家统计局局长康义明在发布会上介绍了有关情况。', encoding: 'utf8' });
    const chosen = cli('--segmenter', 'node-rs-jieba');
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout).officials.map((official: { name: string }) => official.name)).toEqual(['康义明']);
    const bad = cli('--segmenter', 'jieba');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/segmenter must be/);
  });

  it('keeps XinwenError the error type', () => {
    expect(() => segment('新闻', { segmenter: 'x' as never })).toThrow(XinwenError);
  });
});
