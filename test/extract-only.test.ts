// parseArticle(input, { analyze: false }): the clean article without the language analysis. On our example
// pages it must equal the full parse field for field (bar what the analysis adds), leave the NLP fields empty,
// and never load nodejieba, through parseArticle, parseMany's workers and the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseMany, XinwenError, type Article, type BatchResult } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hook = path.join(root, 'test/helpers/break-nodejieba.cjs');
const EXAMPLES = ['sample-page.txt', 'taiwan-business.txt', 'wire-story.html'];
const example = (name: string) => readFileSync(path.join(root, 'examples', name));

const EXTRACTED_FIELDS = ['title', 'publishedTime', 'siteName', 'source', 'sourceChannel', 'excerpt', 'lang', 'url', 'text', 'paragraphs', 'removed', 'warnings'] as const;

function errorCode(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return error instanceof XinwenError ? error.code : `not a XinwenError: ${String(error)}`;
  }
  return undefined;
}

function expectNoAnalysis(article: Article): void {
  expect(article.officials).toEqual([]);
  expect(article.people).toEqual([]);
  expect(article.places).toEqual([]);
  expect(article.organizations).toEqual([]);
  expect(article.dates).toEqual([]);
  expect(article.tokens).toBeUndefined();
  for (const caption of article.captions) expect(caption.date).toBeNull();
}

describe('parseArticle with analyze: false', () => {
  for (const name of EXAMPLES) {
    it(`gives the same clean article as the full parse, without the analysis (${name})`, () => {
      const full = parseArticle(example(name), { referenceDate: '2024-06-01' });
      const extracted = parseArticle(example(name), { referenceDate: '2024-06-01', analyze: false });
      for (const field of EXTRACTED_FIELDS) expect(extracted[field], field).toEqual(full[field]);
      expect(extracted.text.length).toBeGreaterThan(100);
      expect(extracted.captions.map(({ date: _date, ...caption }) => caption)).toEqual(full.captions.map(({ date: _date, ...caption }) => caption));
      // The page's credit lines are read without the analysis; a byline inside a sentence needs the entity engine.
      for (const [role, names] of Object.entries(extracted.credits)) expect(full.credits[role as keyof Article['credits']]).toEqual(expect.arrayContaining(names));
      expectNoAnalysis(extracted);
      expect(full.people.length + full.officials.length + full.dates.length).toBeGreaterThan(0);
    });
  }

  it('still reads the publish time from a byline through the date engine', () => {
    const page = '青山市新建三座口袋公园\n2023年9月14日 08:15  来源：青山日报\n青山市今年新建的三座口袋公园近日向市民开放。\n公园内设有儿童游乐区和健身步道。\n';
    const extracted = parseArticle(page, { analyze: false });
    expect(extracted.publishedTime).toBe(parseArticle(page).publishedTime);
    expect(extracted.publishedTime).toMatch(/^2023-09-14/);
    expectNoAnalysis(extracted);
  });

  it('leaves out the credits only the entity engine reads inside a sentence', () => {
    const page = '青山市举办读书节\n本报记者林晓东报道 青山市第五届读书节昨日开幕，活动持续一周。\n市民可在各图书馆借阅图书。\n';
    expect(parseArticle(page).credits.reporters).toEqual(['林晓东']);
    expect(parseArticle(page, { analyze: false }).credits.reporters).toEqual([]);
  });

  it('refuses a non-boolean analyze, tokens without the analysis and a bad reference date with E_OPTION', () => {
    const page = example('sample-page.txt');
    for (const value of ['false', 0, 1, null, {}]) {
      expect(errorCode(() => parseArticle(page, { analyze: value as unknown as boolean }))).toBe('E_OPTION');
    }
    expect(errorCode(() => parseArticle(page, { analyze: false, tokens: true }))).toBe('E_OPTION');
    expect(errorCode(() => parseArticle(page, { analyze: false, referenceDate: '2024-02-30' }))).toBe('E_OPTION');
    expect(errorCode(() => parseArticle(page, { analyze: true }))).toBeUndefined();
  });

  it('passes through parseMany, per batch and per page', async () => {
    const results: BatchResult[] = [];
    const items = [{ source: 'own', input: example('wire-story.html'), options: { analyze: true } }, example('sample-page.txt')];
    for await (const result of parseMany(items, { concurrency: 1, analyze: false })) results.push(result);
    expect(results.map((result) => result.error)).toEqual([undefined, undefined]);
    expect(results[0].article!.places.length).toBeGreaterThan(0);
    expect(results[1].article!.text).toBe(parseArticle(example('sample-page.txt')).text);
    expectNoAnalysis(results[1].article!);
  });
});

describe('analyze: false never loads nodejieba', () => {
  const env = { ...process.env, XINWEN_TEST_NATIVE: 'forbidden' };
  const probe = `
let failed = 0;
for (const name of ${JSON.stringify(EXAMPLES)}) {
  const article = parseArticle(readFileSync('examples/' + name), { analyze: false });
  if (article.text.length === 0) failed++;
}
let full = 'parsed';
try { parseArticle('青山市市长周明远主持会议。'); } catch (e) { full = e.code; }
console.log(JSON.stringify({ failed, requests: globalThis.__nodejiebaRequests ?? 0, full }));`;

  it('in parseArticle, from ESM and CJS (a full parse, run after, is what first requires it)', () => {
    const run = (type: string, head: string) => JSON.parse(execFileSync(process.execPath, ['-r', hook, `--input-type=${type}`, '-e', head + probe], { cwd: root, env, encoding: 'utf8' }));
    const esm = run('module', `import { parseArticle } from './dist/index.js'; import { readFileSync } from 'node:fs';`);
    const cjs = run('commonjs', `const { parseArticle } = require('./dist/index.cjs'); const { readFileSync } = require('node:fs');`);
    for (const outcome of [esm, cjs]) expect(outcome).toEqual({ failed: 0, requests: 1, full: 'E_NATIVE' });
  });

  it('in the CLI with --no-analyze, on its worker threads', () => {
    const files = EXAMPLES.map((name) => path.join('examples', name));
    const withHook = { ...env, NODE_OPTIONS: `--require ${hook}` };
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'parse', ...files, '--jsonl', '--jobs', '1', ...args], { cwd: root, env: withHook, encoding: 'utf8', timeout: 120_000 });
    const lines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as BatchResult);
    const extracted = cli(['--no-analyze']);
    expect(extracted.status).toBe(0);
    for (const result of lines(extracted.stdout)) {
      expect(result.error).toBeUndefined();
      expectNoAnalysis(result.article!);
    }
    expect(cli(['--no-analyze', '--tokens'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/--tokens .*--no-analyze/) });
    // The same run with the analysis fails on every page: the hook is on in the workers.
    expect(lines(cli([]).stdout).map((result) => result.error?.code)).toEqual(['E_NATIVE', 'E_NATIVE', 'E_NATIVE']);
  });
});
