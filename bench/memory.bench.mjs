#!/usr/bin/env node
// Peak resident memory of one process running parseArticle over the news-gold excerpts and the seed page, with
// each segmenter, against the bare dependency loaded alone in its own process and cutting the same texts; and
// what xinwen itself holds, step by step, in one process (heap and external memory after each lazy load).
// Every run is a fresh child process; peak = process.resourceUsage().maxRSS.
//
//   npm run build --silent && node bench/memory.bench.mjs [--no-write]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchArgs } from './lib/cli.mjs';
import { median, repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const args = benchArgs(import.meta.url);
const goldCases = join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl');
const seedPage = join(sharedDir, 'seed', 'article.txt');
const haveShared = existsSync(goldCases) && existsSync(seedPage);
const examplePage = join(repoRoot, 'examples', 'sample-page.txt');
const corpus = haveShared ? 'the seed page and the 60 news-gold excerpts' : 'the example page (../shared absent)';

// The texts, read the same way in every child.
const readTexts = haveShared
  ? `const texts = [fs.readFileSync(${JSON.stringify(seedPage)}, 'utf8'), ...fs.readFileSync(${JSON.stringify(goldCases)}, 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line).text)];`
  : `const texts = [fs.readFileSync(${JSON.stringify(examplePage)}, 'utf8')];`;
const report = `console.log(JSON.stringify({ peak: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss }));`;

const scripts = {
  'nodejieba alone': `import fs from 'node:fs'; import { createRequire } from 'node:module'; ${readTexts}
    const jieba = createRequire(process.cwd() + '/')('nodejieba'); for (const text of texts) jieba.cut(text, true); ${report}`,
  '@node-rs/jieba alone': `import fs from 'node:fs'; import { createRequire } from 'node:module'; ${readTexts}
    const require = createRequire(process.cwd() + '/'); const { Jieba } = require('@node-rs/jieba');
    const jieba = Jieba.withDict(fs.readFileSync('node_modules/@node-rs/jieba/dict.txt')); for (const text of texts) jieba.cut(text, true); ${report}`,
  'xinwen, nodejieba': `import fs from 'node:fs'; import { parseArticle } from './dist/index.js'; ${readTexts}
    for (const text of texts) parseArticle(text); ${report}`,
  'xinwen, node-rs-jieba': `import fs from 'node:fs'; import { parseArticle } from './dist/index.js'; ${readTexts}
    for (const text of texts) parseArticle(text, { segmenter: 'node-rs-jieba' }); ${report}`,
  // The same as 'xinwen, nodejieba', with nodejieba loaded without its keyword IDF table (the opt-in lean load).
  'xinwen, nodejieba, lean': `import fs from 'node:fs'; import { parseArticle } from './dist/index.js'; ${readTexts}
    for (const text of texts) parseArticle(text); ${report}`,
};
const ENV = { 'xinwen, nodejieba, lean': { XINWEN_LEAN_JIEBA: '1' } };

function run(script, flags = [], env = {}) {
  const options = { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, XINWEN_LEAN_JIEBA: '', ...env } };
  return JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], options).trim().split('\n').pop());
}

const RUNS = 3;
const peaks = Object.fromEntries(Object.keys(scripts).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) for (const [name, script] of Object.entries(scripts)) peaks[name].push(run(script, [], ENV[name]).peak);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
const peak = (name) => median(peaks[name]);
const rows = [
  ['nodejieba', 'nodejieba alone', 'xinwen, nodejieba'],
  ['node-rs-jieba', '@node-rs/jieba alone', 'xinwen, node-rs-jieba'],
  ['nodejieba, `XINWEN_LEAN_JIEBA=1`', 'nodejieba alone', 'xinwen, nodejieba, lean'],
].map(([segmenter, bare, ours]) => `| ${segmenter} | ${mb(peak(bare))} MB | ${mb(peak(ours))} MB | ${peak(ours) >= peak(bare) ? '+' : ''}${mb(peak(ours) - peak(bare))} MB |`);

// What xinwen holds: one process, each lazy part loaded in turn (heap after a full GC, external memory).
const steps = `import fs from 'node:fs'; ${readTexts}
  const out = []; const mark = (step) => { globalThis.gc(); const m = process.memoryUsage(); out.push([step, m.heapUsed, m.external, m.rss]); };
  mark('node itself');
  const x = await import('./dist/index.js'); mark('import xinwen');
  x.segment('预热', { granularity: 'fine' }); mark('nodejieba loaded');
  x.extractDates('2024年3月5日上午'); mark('the date engine');
  x.stripBoilerplate('本报记者 王明\\n今天天气很好。'); mark('the boilerplate stage (line model, vocabularies)');
  x.extractOfficials('市长王明出席会议。'); mark('the entity engine (name model, gazetteer, title grammar)');
  x.extractOfficials('市長王明出席會議。'); mark('Traditional → Simplified view (opencc-js, tw/hk → cn)');
  x.parseArticle('標題\\n市長王明出席會議。', { script: 'traditional' }); mark('Simplified → Traditional (opencc-js, cn → tw)');
  x.extractOfficials('会见了 Joe Biden 和 Emmanuel Macron。'); mark('Latin names (compromise)');
  for (const text of texts) x.parseArticle(text); mark('after parsing ' + texts.length + ' pages');
  const long = texts.join('。'); for (let done = 0; done < 160000; done += long.length) x.segment(long, { granularity: 'fine' });
  mark('after 160,000 more characters: the tag index (src/nlp/pos.ts)');
  console.log(JSON.stringify(out));`;
const breakdown = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', steps], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').pop());
const stepRows = breakdown.map(([step, heap, external, rss], i) => {
  const [, heapBefore, externalBefore] = i === 0 ? [null, 0, 0] : breakdown[i - 1];
  return `| ${step} | ${mb(heap)} (+${mb(heap - heapBefore)}) | ${mb(external)} (+${mb(external - externalBefore)}) | ${mb(rss)} |`;
});

// Why @node-rs/jieba's workers may be recycled: a worker thread that parses a page with it, then is ended, six times
// in one process (RSS of the process after each cycle, after a GC). nodejieba's figure is in the soak section.
const cycles = `import { Worker } from 'node:worker_threads';
  const code = "Promise.all([import(process.cwd() + '/dist/index.js'), import('node:worker_threads')]).then(([x, threads]) => { x.parseArticle('国家统计局局长在发布会上介绍了有关情况。', { segmenter: 'node-rs-jieba' }); threads.parentPort.postMessage('done'); });";
  const out = [];
  for (let i = 0; i < 6; i++) {
    const worker = new Worker(code, { eval: true });
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    globalThis.gc();
    out.push(process.memoryUsage().rss);
  }
  console.log(JSON.stringify(out));`;
const cycleRss = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', cycles], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').pop());

// A batch worker against a plain worker thread: the process's RSS added by one thread that parses the texts three
// times, through parseMany (concurrency 1: a batch worker loads nodejieba without its keyword table) and through
// parseArticle in a plain worker thread.
const workerRuns = `import fs from 'node:fs'; import { Worker } from 'node:worker_threads'; ${readTexts}
  const all = [...texts, ...texts, ...texts];
  const x = await import('./dist/index.js');
  let before = process.memoryUsage().rss;
  for await (const result of x.parseMany(all, { concurrency: 1 })) if (result.error) throw new Error(result.error.message);
  const batch = process.memoryUsage().rss - before;
  before = process.memoryUsage().rss;
  const code = "import('node:worker_threads').then(async ({ parentPort, workerData }) => { const x = await import(workerData.dist); for (const text of workerData.all) x.parseArticle(text); parentPort.postMessage('done'); });";
  const worker = new Worker(code, { eval: true, workerData: { all, dist: process.cwd() + '/dist/index.js' } });
  await new Promise((resolve) => worker.once('message', resolve));
  const plain = process.memoryUsage().rss - before;
  console.log(JSON.stringify({ batch, plain }));
  process.exit(0);`;
const workerRss = run(workerRuns);

const markdown = `
Peak resident memory (\`process.resourceUsage().maxRSS\`) of a fresh process over ${corpus}, median of ${RUNS}:
xinwen's \`parseArticle\` on each text, against the segmenter alone cutting the same texts (\`cut(text, true)\`).

| segmenter | segmenter alone | xinwen parseArticle | xinwen's own |
|---|---:|---:|---:|
${rows.join('\n')}

With \`XINWEN_LEAN_JIEBA=1\` nodejieba loads a one-word IDF table in place of its keyword table (README: only where nothing
else in the process uses nodejieba's \`extract\`); the batch workers and the CLI load it so by themselves.

One worker thread parsing these texts three times adds ${mb(workerRss.batch)} MB to the process as a \`parseMany\` worker (the
lean load) and ${mb(workerRss.plain)} MB as a plain worker thread running \`parseArticle\`.

What xinwen holds, one process, each part loaded in turn (MB, after a full GC; RSS includes V8's young generation,
which grows to 16–32 MB under any allocation-heavy work and is not given back):

| after | JS heap | external (Buffers) | RSS |
|---|---:|---:|---:|
${stepRows.join('\n')}

A worker thread that parses a page with \`segmenter: 'node-rs-jieba'\` and is then ended, six times in one process,
leaves it at ${cycleRss.map(mb).join(' → ')} MB: ${cycleRss[cycleRss.length - 1] <= cycleRss[0] * 1.1 ? 'within 10 % of the first, so @node-rs/jieba gives its memory back and its `parseMany` pool lets idle workers go' : 'growing, so @node-rs/jieba does not give all of its memory back here'} (nodejieba keeps what each ended thread loaded: see the soak section).
`;
console.log(markdown);
if (args.write) writeSection('memory', 'Memory: peak RSS with each segmenter', markdown);
