// The whole pipeline on page text: parseArticle's cost per character against bare nodejieba cut(s, true)
// on the same text in the same process (interleaved rounds, median), how time grows with the page
// (1×, 10×, 100× the page), and cold start in a fresh process against bare nodejieba's.
// Uses the seed page from ../shared when present, else the bundled example page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { importDist } from './lib/cli.mjs';
import { median, repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const { parseArticle } = await importDist();
const nodejieba = createRequire(import.meta.url)('nodejieba');
const seedFile = join(sharedDir, 'seed', 'article.txt');
const pageFile = existsSync(seedFile) ? seedFile : join(repoRoot, 'examples', 'sample-page.txt');
const page = readFileSync(pageFile, 'utf8');
const pageName = existsSync(seedFile) ? 'the seed page' : 'the example page';
const options = { referenceDate: '2023-07-23' };

nodejieba.cut('预热', true);
parseArticle(page, options);

const ROUNDS = 7;
const times = { parse: [], cut: [] };
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ iterations: 20, warmup: false, time: 0 });
  const order = round % 2 === 0 ? ['parse', 'cut'] : ['cut', 'parse'];
  for (const name of order) {
    bench.add(name, name === 'parse' ? () => parseArticle(page, options) : () => nodejieba.cut(page, true));
  }
  await bench.run();
  for (const task of bench.tasks) times[task.name].push(task.result.latency?.mean ?? task.result.mean);
}
const parseMs = median(times.parse);
const cutMs = median(times.cut);

const scaling = [];
for (const factor of [1, 10, 100]) {
  const text = Array(factor).fill(page).join('\n');
  const started = performance.now();
  parseArticle(text, options);
  scaling.push([factor, performance.now() - started]);
}

function coldStart(script) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    execFileSync('node', ['--input-type=module', '-e', script], { cwd: repoRoot });
    runs.push(performance.now() - started);
  }
  return median(runs);
}
const pageLiteral = JSON.stringify(pageFile);
const coldXinwen = coldStart(`import { parseArticle } from './dist/index.js'; import fs from 'node:fs'; parseArticle(fs.readFileSync(${pageLiteral}, 'utf8'));`);
const coldBare = coldStart(`import { createRequire } from 'node:module'; import fs from 'node:fs'; createRequire(process.cwd() + '/')('nodejieba').cut(fs.readFileSync(${pageLiteral}, 'utf8'), true);`);
// The same with @node-rs/jieba, where it is installed (an optional peer dependency; a dev dependency here).
const haveRs = existsSync(join(repoRoot, 'node_modules', '@node-rs', 'jieba', 'dict.txt'));
const coldXinwenRs = haveRs ? coldStart(`import { parseArticle } from './dist/index.js'; import fs from 'node:fs'; parseArticle(fs.readFileSync(${pageLiteral}, 'utf8'), { segmenter: 'node-rs-jieba' });`) : 0;
const coldBareRs = haveRs
  ? coldStart(`import { createRequire } from 'node:module'; import fs from 'node:fs'; const { Jieba } = createRequire(process.cwd() + '/')('@node-rs/jieba'); Jieba.withDict(fs.readFileSync('node_modules/@node-rs/jieba/dict.txt')).cut(fs.readFileSync(${pageLiteral}, 'utf8'), true);`)
  : 0;
const peak = Math.round(process.memoryUsage().rss / 2 ** 20);

const markdown = `
${pageName} (${page.length} characters), ${ROUNDS} interleaved rounds of 20 calls, median:

| what | ms per page | cost vs bare nodejieba cut(s, true) |
|---|---|---|
| nodejieba cut(s, true) | ${cutMs.toFixed(2)} | 1.00× |
| parseArticle (text) | ${parseMs.toFixed(2)} | ${(parseMs / cutMs).toFixed(2)}× |

Growth with the page: ${scaling.map(([factor, ms]) => `${factor}× → ${ms.toFixed(0)} ms`).join(', ')}; 100×/1× = ${(scaling[2][1] / scaling[0][1]).toFixed(0)}.

Cold start (fresh process, import + first parse, median of 5): xinwen ${coldXinwen.toFixed(0)} ms, bare nodejieba require + first cut ${coldBare.toFixed(0)} ms (${(coldXinwen / coldBare).toFixed(2)}×)${haveRs ? `; with \`segmenter: 'node-rs-jieba'\` ${coldXinwenRs.toFixed(0)} ms, bare @node-rs/jieba load + first cut ${coldBareRs.toFixed(0)} ms (${(coldXinwenRs / coldBareRs).toFixed(2)}×; ${(coldXinwenRs / coldBare).toFixed(2)}× bare nodejieba's)` : ''}. RSS of this process at the end: ${peak} MB.
`;
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('pipeline', 'The whole pipeline: parseArticle on page text', markdown);
