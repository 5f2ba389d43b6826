// The entity stage's cost against one nodejieba.tag of the same text, in the same process (interleaved rounds,
// median): the whole stage (extractEntitiesFromView: places, organisations, titles, the name model, the
// recognisers, mentions, output), the stage without its one segmentation pass (which parseArticle shares with
// tokens), and the name model alone. Also the model's cold load: time and heap in a fresh process.
// Texts: the seed page and the 60 news-gold excerpts from ../shared (the bundled example page when absent).
//
//   node bench/entities.bench.mjs [--no-write]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { loadSrc } from '../tools/lib/load-src.mjs';
import { median, repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const lib = await loadSrc('entities-bench', {
  'entities/index.ts': ['extractEntitiesFromView'],
  'entities/name-model.ts': ['readNames'],
  'nlp/index.ts': ['tagWithOffsets'],
  'normalize/index.ts': ['analysisView'],
});
const nodejieba = createRequire(import.meta.url)('nodejieba');

const texts = [];
const seedFile = join(sharedDir, 'seed', 'article.txt');
const goldFile = join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl');
if (existsSync(seedFile)) texts.push({ name: 'the seed page', text: readFileSync(seedFile, 'utf8') });
if (existsSync(goldFile)) {
  const cases = readFileSync(goldFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
  texts.push({ name: 'news-gold, 60 excerpts (one call each)', texts: cases });
}
if (texts.length === 0) texts.push({ name: 'the example page', text: readFileSync(join(repoRoot, 'examples', 'sample-page.txt'), 'utf8') });

const ROUNDS = 7;
const rows = [];
for (const entry of texts) {
  const views = (entry.texts ?? [entry.text]).map((text) => lib.analysisView(text));
  const words = views.map((view) => lib.tagWithOffsets(view));
  const characters = views.reduce((sum, view) => sum + view.length, 0);
  const tasks = {
    tag: () => views.forEach((view) => nodejieba.tag(view)),
    segmentation: () => views.forEach((view) => lib.tagWithOffsets(view)),
    stage: () => views.forEach((view) => lib.extractEntitiesFromView(view)),
    model: () => views.forEach((view, index) => lib.readNames(view, words[index])),
  };
  for (const task of Object.values(tasks)) task();
  const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ iterations: 10, warmup: false, time: 0 });
    const order = Object.keys(tasks);
    if (round % 2 === 1) order.reverse();
    for (const name of order) bench.add(name, tasks[name]);
    await bench.run();
    for (const task of bench.tasks) times[task.name].push(task.result.latency?.mean ?? task.result.mean);
  }
  const ms = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
  rows.push({ name: entry.name, characters, ms });
}

// Cold load of the model, in a fresh process: time of the first read, and the heap it keeps.
const loadScript = `
  import { loadSrc } from './tools/lib/load-src.mjs';
  const lib = await loadSrc('entities-bench-load', { 'entities/name-model.ts': ['shippedNameModel'] });
  globalThis.gc(); const before = process.memoryUsage(); const started = performance.now();
  lib.shippedNameModel();
  const ms = performance.now() - started; globalThis.gc(); const after = process.memoryUsage();
  console.log(JSON.stringify({ ms, heap: after.heapUsed - before.heapUsed, buffers: after.arrayBuffers - before.arrayBuffers }));`;
const loads = [];
for (let i = 0; i < 5; i++) loads.push(JSON.parse(execFileSync('node', ['--expose-gc', '--input-type=module', '-e', loadScript], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').pop()));
const loadMs = median(loads.map((load) => load.ms));
const loadHeap = median(loads.map((load) => load.heap)) / 2 ** 20;
const loadBuffers = median(loads.map((load) => load.buffers)) / 2 ** 20;

const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
const markdown = `
${ROUNDS} interleaved rounds of 10 calls, median; ratios are to one bare \`nodejieba.tag\` of the same text in the same process.

| text | characters | nodejieba.tag | entity stage, whole | entity stage without its segmentation pass | name model alone |
|---|---:|---|---|---|---|
${rows.map(({ name, characters, ms }) => `| ${name} | ${characters} | ${ms.tag.toFixed(2)} ms (1.00×) | ${ms.stage.toFixed(2)} ms (${ratio(ms.stage, ms.tag)}) | ${(ms.stage - ms.segmentation).toFixed(2)} ms (${ratio(ms.stage - ms.segmentation, ms.tag)}) | ${ms.model.toFixed(2)} ms (${ratio(ms.model, ms.tag)}) |`).join('\n')}

The segmentation pass is xinwen's \`tagWithOffsets\` (nodejieba.tag, news words joined, offsets), run once per document and shared by every entity pass (and by \`tokens\`). Name model cold load (fresh process, median of 5): ${loadMs.toFixed(0)} ms; it keeps ${loadHeap.toFixed(1)} MB of JavaScript heap and ${loadBuffers.toFixed(1)} MB of typed arrays (dict/name-model.txt is ${(readFileSync(join(repoRoot, 'dict', 'name-model.txt')).length / 2 ** 20).toFixed(2)} MB).
`;
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('entities', 'The entity stage and the name model: cost against nodejieba.tag', markdown);
