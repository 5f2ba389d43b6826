// Soak: 10,000 pages through parseMany, sampling the process's resident memory (worker threads included)
// every 500 pages. Passes when every sample after the warm-up (the first 1,000 pages) stays within 10 % of
// the RSS at the end of the warm-up. Then, for contrast, what recycling does: a pool that is started, used
// for one page and destroyed, several times over, and the RSS after each cycle (why parseMany's workers
// are never recycled).
// Pages: the example page and the test fixture pages, varied by rotating and repeating their lines, plus
// the HTML pages of ../shared/bench-data/news-extraction where present (skipped cleanly where absent).
// Flags: --pages N (10000), --concurrency N (2), --recycle N (4 cycles, 0 to skip), --no-write.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { benchArgs, importDist } from './lib/cli.mjs';
import { repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const args = benchArgs(import.meta.url, {
  pages: { type: 'string' },
  concurrency: { type: 'string' },
  recycle: { type: 'string' },
});
const TOTAL = Number(args.pages ?? 10_000);
const CONCURRENCY = Number(args.concurrency ?? 2);
const RECYCLE = Number(args.recycle ?? 4);
const SAMPLE_EVERY = 500;
const WARM_UP = Math.min(1_000, Math.floor(TOTAL / 5));
const { parseMany } = await importDist();

/** The example page and the fixtures, each in variants: lines after the first rotated by n and repeated 1–4 times. */
function ownPages() {
  const sources = [
    readFileSync(join(repoRoot, 'examples', 'sample-page.txt'), 'utf8'),
    readFileSync(join(repoRoot, 'test', 'fixtures', 'input', 'news-simplified.html'), 'utf8'),
    readFileSync(join(repoRoot, 'test', 'fixtures', 'input', 'news-traditional.html'), 'utf8'),
  ];
  const pages = [];
  for (let n = 0; n < 60; n++) {
    const source = sources[n % sources.length];
    if (source.startsWith('<')) {
      pages.push(source.replace('</body>', `<p>${'第' + n + '次刷新。'.repeat(1 + (n % 4))}</p></body>`));
      continue;
    }
    const [title, ...body] = source.split('\n');
    const rotated = body.slice(n % body.length).concat(body.slice(0, n % body.length));
    pages.push([title, ...Array(1 + (n % 4)).fill(rotated).flat()].join('\n'));
  }
  return pages;
}

/** HTML files under the shared news-extraction set, as bytes (they mix UTF-8 and GBK). */
function sharedPages() {
  const root = join(sharedDir, 'bench-data', 'news-extraction');
  if (!existsSync(root)) return [];
  const files = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (/\.html?$/.test(name)) files.push(path);
    }
  }
  return files.map((file) => readFileSync(file));
}

const own = ownPages();
const shared = sharedPages();
const corpus = [...own, ...shared];
console.log(`soak: ${TOTAL} pages, concurrency ${CONCURRENCY}, from ${own.length} own page variants and ${shared.length} shared HTML pages${shared.length ? '' : ' (../shared absent: own pages only)'}`);

function* pages() {
  for (let n = 0; n < TOTAL; n++) yield { source: `page-${n}`, input: corpus[n % corpus.length], options: { referenceDate: '2024-03-16' } };
}

const mb = (bytes) => Math.round(bytes / 2 ** 20);
const samples = [];
const started = performance.now();
let done = 0;
let failed = 0;
const failures = new Map();
for await (const result of parseMany(pages(), { concurrency: CONCURRENCY })) {
  done++;
  if (result.error) {
    failed++;
    failures.set(result.error.code, (failures.get(result.error.code) ?? 0) + 1);
  }
  if (done % SAMPLE_EVERY === 0 || done === TOTAL) {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    samples.push({ pages: done, rss, heapUsed });
    console.log(`${String(done).padStart(6)} pages  rss ${mb(rss)} MB  main heap ${mb(heapUsed)} MB  ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

const baseline = samples.filter((sample) => sample.pages <= WARM_UP).at(-1) ?? samples[0];
const after = samples.filter((sample) => sample.pages > baseline.pages);
const peak = after.reduce((max, sample) => Math.max(max, sample.rss), baseline.rss);
const last = samples.at(-1);
const peakGrowth = peak / baseline.rss - 1;
const finalGrowth = last.rss / baseline.rss - 1;
const flat = peakGrowth <= 0.1;
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
console.log(`after warm-up (${baseline.pages} pages): ${mb(baseline.rss)} MB; peak ${mb(peak)} MB (${pct(peakGrowth)}); final ${mb(last.rss)} MB (${pct(finalGrowth)}): ${flat ? 'flat' : 'GROWING'}`);

/** Starts a one-thread pool on the same worker script, parses one page, destroys the pool; RSS after each cycle. */
async function recycleCycles(cycles) {
  const rows = [];
  const workerFile = join(repoRoot, 'dist', 'batch-worker.js');
  rows.push({ cycle: 0, rss: process.memoryUsage().rss });
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const pool = new Piscina({ filename: workerFile, maxThreads: 1, minThreads: 0 });
    await pool.run({ input: own[0], options: {} });
    await pool.destroy();
    globalThis.gc?.();
    rows.push({ cycle, rss: process.memoryUsage().rss });
    console.log(`recycle ${cycle}: rss ${mb(rows.at(-1).rss)} MB`);
  }
  return rows;
}
const recycled = RECYCLE > 0 ? await recycleCycles(RECYCLE) : [];

const sampleRows = samples.map((sample) => `| ${sample.pages} | ${mb(sample.rss)} | ${mb(sample.heapUsed)} |`);
const markdown = `
\`npm run bench:soak\`: ${TOTAL.toLocaleString('en')} pages through \`parseMany\` with concurrency ${CONCURRENCY} (${own.length} variants of the example and fixture pages${shared.length ? ` and the ${shared.length} HTML pages of news-extraction, as bytes` : ''}, cycled), resident memory of the whole process (worker threads included) every ${SAMPLE_EVERY} pages, after a main-thread GC.

| after warm-up (${baseline.pages} pages) | peak after | final | peak growth | final growth | verdict |
|---|---|---|---|---|---|
| ${mb(baseline.rss)} MB | ${mb(peak)} MB | ${mb(last.rss)} MB | ${pct(peakGrowth)} | ${pct(finalGrowth)} | ${flat ? 'flat (within 10 %)' : '**grows more than 10 %**'} |

${failed} of ${TOTAL} pages failed${failed ? ` (${[...failures].map(([code, n]) => `${code} ${n}`).join(', ')})` : ''}. Memory only: speed is measured by the other benchmarks.

| pages | RSS MB | main heap MB |
|---|---|---|
${sampleRows.join('\n')}
${recycled.length ? `
Why workers are never recycled: a one-thread pool started, used for one page and destroyed, ${RECYCLE} times in the same process (RSS after each cycle): ${recycled.map((row) => `${mb(row.rss)} MB`).join(' → ')}, ${Math.round((recycled.at(-1).rss - recycled[0].rss) / RECYCLE / 2 ** 20)} MB a cycle that is not given back.
` : ''}`;
if (args.write) writeSection('soak', 'Soak: parseMany over 10,000 pages', markdown);
process.exitCode = flat ? 0 : 1;
