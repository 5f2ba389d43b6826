// parseMany: many pages on the shared worker pool, one result per input in input order, failures as results.
// The workers run the built worker script (dist/), which `npm test` builds first.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseMany, type BatchResult } from '../src/index.js';
import { parseOnOwnThread } from '../src/batch/index.js';
import { poolThreadIds } from '../src/batch/pool.js';
import { htmlPage, textPage } from './helpers/pages.js';

const root = join(import.meta.dirname, '..');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const all: BatchResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/** Matches a thrown XinwenError with this code. */
const xinwenError = (code: string) => expect.objectContaining({ name: 'XinwenError', code });

describe('parseMany', () => {
  it('yields one result per input, in input order, each naming its input', async () => {
    async function* pages() {
      for (let n = 0; n < 12; n++) yield { source: `page-${n}`, input: n % 2 ? htmlPage(n) : Buffer.from(textPage(n)) };
    }
    const results = await collect(parseMany(pages(), { concurrency: 2 }));
    expect(results.map((result) => result.source)).toEqual(Array.from({ length: 12 }, (_, n) => `page-${n}`));
    for (const [n, result] of results.entries()) {
      expect(result.error).toBeUndefined();
      expect(result.article!.title).toBe(textPage(n).split('\n')[0]);
    }
  });

  it('gives the same article as parseArticle, options included', async () => {
    const page = textPage(3);
    const [result] = await collect(parseMany([page], { concurrency: 1, referenceDate: '2024-05-01', script: 'traditional' }));
    expect(result.source).toBe('#0');
    expect(result.article).toEqual(parseArticle(page, { referenceDate: '2024-05-01', script: 'traditional' }));
  });

  it('turns every failure into a result with its code, and never rejects', async () => {
    const results = await collect(
      parseMany(
        [
          textPage(1),
          42 as unknown as string,
          PNG,
          { source: 'missing.html', input: () => readFileSync(join(root, 'no-such-page.html')) },
          { source: 'bug', input: () => { throw new TypeError('cannot read properties of undefined'); } },
          { source: 'small limit', input: textPage(2), options: { maxSize: 10 } },
          { source: 'async', input: async () => htmlPage(4) },
        ],
        { concurrency: 2 },
      ),
    );
    expect(results.map((result) => [result.source, result.error?.code ?? 'ok'])).toEqual([
      ['#0', 'ok'],
      ['#1', 'E_INPUT_TYPE'],
      ['#2', 'E_ENCODING'],
      ['missing.html', 'E_IO'],
      ['bug', 'E_INTERNAL'],
      ['small limit', 'E_TOO_LARGE'],
      ['async', 'ok'],
    ]);
    expect(results[3].error!.message).toMatch(/ENOENT/);
    expect(results[4].error!.message).toMatch(/internal error.*TypeError/);
  });

  it('ends with an (inputs) failure when the input iterable itself throws', async () => {
    async function* breaks() {
      yield textPage(0);
      yield textPage(1);
      throw new Error('the crawler lost its connection');
    }
    const results = await collect(parseMany(breaks(), { concurrency: 2 }));
    expect(results.map((result) => result.source)).toEqual(['#0', '#1', '(inputs)']);
    expect(results[2].error).toEqual({ code: 'E_INTERNAL', message: expect.stringMatching(/lost its connection/) });
  });

  it('closes the input iterable when the caller stops early', async () => {
    let closed = false;
    async function* endless() {
      try {
        for (let n = 0; ; n++) yield textPage(n);
      } finally {
        closed = true;
      }
    }
    for await (const result of parseMany(endless(), { concurrency: 1 })) {
      expect(result.source).toBe('#0');
      break;
    }
    expect(closed).toBe(true);
  });

  it('refuses bad options at the call, before any page is read', () => {
    let read = false;
    const inputs = [{ source: 'a', input: () => { read = true; return 'x'; } }];
    for (const concurrency of [0, -1, 1.5, 65, '2']) {
      expect(() => parseMany(inputs, { concurrency: concurrency as number })).toThrow(xinwenError('E_OPTION'));
    }
    expect(() => parseMany(inputs, { referenceDate: '2024-02-30' })).toThrow(xinwenError('E_OPTION'));
    expect(() => parseMany(inputs, { format: 'pdf' as 'html' })).toThrow(xinwenError('E_OPTION'));
    expect(() => parseMany(inputs, { encoding: 'no-such-charset' })).toThrow(xinwenError('E_ENCODING'));
    expect(() => parseMany('one page' as unknown as string[])).toThrow(xinwenError('E_INPUT_TYPE'));
    expect(read).toBe(false);
  });

  it('keeps its workers: later calls reuse the same threads and start none', async () => {
    await collect(parseMany(['', ' ', '', ' '], { concurrency: 2 }));
    const kept = poolThreadIds();
    expect(kept.length).toBeGreaterThan(0);
    for (const concurrency of [2, 1, 2]) {
      await collect(parseMany([textPage(4), '', textPage(5), ''], { concurrency }));
      expect(poolThreadIds()).toEqual(kept);
    }
  });
});

describe('parseOnOwnThread (the command line with one input)', () => {
  it('gives each item the result parseMany gives it, failures included', async () => {
    const items = [
      { source: 'text', input: textPage(5), options: { referenceDate: '2024-05-01' } },
      { source: 'html', input: async () => htmlPage(6) },
      { source: 'not a page', input: 42 as unknown as string },
      { source: 'missing.html', input: () => readFileSync(join(root, 'no-such-page.html')) },
      { source: 'small limit', input: textPage(2), options: { maxSize: 10 } },
    ];
    const onPool = await collect(parseMany(items, { concurrency: 1 }));
    const here = await Promise.all(items.map((item) => parseOnOwnThread(item, {})));
    expect(here.map((result) => [result.source, result.error?.code ?? 'ok'])).toEqual(onPool.map((result) => [result.source, result.error?.code ?? 'ok']));
    expect(here[0].article).toEqual(onPool[0].article);
    expect(here[1].article).toEqual(onPool[1].article);
  });
});

describe('parseMany from the built package', () => {
  const script = (load: string) => `${load}
(async () => {
  const out = [];
  for await (const r of parseMany([' ', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), { source: 'n', input: 42 }], { concurrency: 1 }))
    out.push(r.source + ':' + (r.error ? r.error.code : 'ok'));
  console.log(out.join(' '));
})();`;

  it('runs from the ESM and the CJS build, each with its own worker script', () => {
    // inputs that need no segmenter, so the check costs a worker start, not a dictionary load
    const expected = '#0:ok #1:E_ENCODING n:E_INPUT_TYPE';
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script(`import { parseMany } from './dist/index.js';`)], { cwd: root, encoding: 'utf8' }).trim()).toBe(expected);
    expect(execFileSync(process.execPath, ['-e', script(`const { parseMany } = require('./dist/index.cjs');`)], { cwd: root, encoding: 'utf8' }).trim()).toBe(expected);
  });
});
