// The entity stage's cost against one nodejieba.tag of the same text and against the stage's own segmentation
// call, in the same process (each document through the stage, the model and a whole tag in turn, the least of
// many rounds): the whole stage (extractEntitiesFromView: places, organisations, titles, the name model, the
// recognisers, mentions, output), the stage without its one segmentation pass (which parseArticle shares with
// tokens), and the name model alone. Also the model's cold load: time and heap in a fresh process.
// Texts: the seed page and the 60 news-gold excerpts from ../shared (the bundled example page when absent).
// Growth: a made-up page dense in names, titles and places (bench/lib/entity-page.mjs) at 1×, 10× and 100×,
// through the whole stage; time per character against the 1× page must stay within ±25 %.
//
//   node bench/entities.bench.mjs [--no-write]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import os from 'node:os';
import { loadSrc } from '../tools/lib/load-src.mjs';
import { entityPage } from './lib/entity-page.mjs';
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

// The tag compared against is the stage's own: nodejieba.tag is wrapped so the time of the one call the stage
// makes per document is counted apart. That call meets the caches exactly as it does in a pipeline (a tight loop
// of tag alone keeps jieba's dictionary hot and runs about twice as fast). The model alone is timed on each
// document right after its stage. The figure is the least total of many rounds: on a shared machine other
// processes stretch some rounds, never shorten them.
const ROUNDS = 30;
// Whichever call the nlp service makes (tag, or cut with a part-of-speech look-up) is timed: the stage's one
// segmentation pass, the base of every ratio.
const rawTag = nodejieba.tag;
const rawCut = nodejieba.cut;
let tagMs = 0;
const timed = (raw) =>
  function timedSegmentation(...args) {
    const started = performance.now();
    const words = raw.apply(this, args);
    tagMs += performance.now() - started;
    return words;
  };
nodejieba.tag = timed(rawTag);
nodejieba.cut = timed(rawCut);
const rows = [];
for (const entry of texts) {
  const views = (entry.texts ?? [entry.text]).map((text) => lib.analysisView(text));
  const words = views.map((view) => lib.tagWithOffsets(view));
  const characters = views.reduce((sum, view) => sum + view.length, 0);
  const best = { stage: Infinity, tag: Infinity, model: Infinity, fullTag: Infinity };
  for (let round = 0; round < ROUNDS + 2; round++) {
    const total = { stage: 0, tag: 0, model: 0, fullTag: 0 };
    views.forEach((view, index) => {
      tagMs = 0;
      let started = performance.now();
      lib.extractEntitiesFromView(view);
      total.stage += performance.now() - started;
      total.tag += tagMs;
      started = performance.now();
      lib.readNames(view, words[index]);
      total.model += performance.now() - started;
      // A whole nodejieba.tag of the same text, after the model has run (so it meets the caches as the stage's
      // own call did, after the previous document's work): the base the issue sets the stage's cost against.
      started = performance.now();
      rawTag(view);
      total.fullTag += performance.now() - started;
    });
    // The first two rounds warm up (the model loads, code compiles); the least stage round is kept with its tag,
    // and the model alone its own least round.
    if (round >= 2 && total.stage < best.stage) Object.assign(best, { stage: total.stage, tag: total.tag });
    if (round >= 2) best.model = Math.min(best.model, total.model);
    if (round >= 2) best.fullTag = Math.min(best.fullTag, total.fullTag);
  }
  rows.push({ name: entry.name, characters, ms: best });
}

// Growth: each size through the whole stage, interleaved, the least of several rounds; the small page is run
// many times per round so every size processes about the same number of characters.
const GROWTH = [1, 10, 100];
const GROWTH_ROUNDS = 11;
const growthViews = GROWTH.map((factor) => lib.analysisView(entityPage(15 * factor)));
for (let warm = 0; warm < 20; warm++) lib.extractEntitiesFromView(growthViews[0]);
const growth = GROWTH.map(() => ({ stage: Infinity, tag: Infinity }));
for (let round = 0; round < GROWTH_ROUNDS; round++) {
  growthViews.forEach((view, index) => {
    const repeats = GROWTH[GROWTH.length - 1] / GROWTH[index];
    tagMs = 0;
    const started = performance.now();
    for (let repeat = 0; repeat < repeats; repeat++) lib.extractEntitiesFromView(view);
    const perChar = (performance.now() - started) / repeats / view.length;
    if (perChar < growth[index].stage) growth[index] = { stage: perChar, tag: tagMs / repeats / view.length };
  });
}
nodejieba.tag = rawTag;
nodejieba.cut = rawCut;

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
Time per pass, the round of ${ROUNDS} with the least stage time (the model alone and a whole \`nodejieba.tag\`: their own least rounds), all in the same process. Two bases:
- **a whole \`nodejieba.tag\` of the same text** (the base issue 7 sets: the stage must cost at most 2× it), timed in each round right after the document's model run, so it meets the caches as the stage's own call does;
- **the stage's own segmentation call**, timed inside the stage: \`cut\`, since the nlp service reads parts of speech from jieba's dictionary itself rather than through \`tag\` (the words are the same). This is the stricter base: it is what the stage cannot avoid.

| text | characters | nodejieba.tag | the stage's own cut | entity stage, whole: vs tag / vs its cut | entity stage without its cut, vs its cut | name model alone, vs its cut |
|---|---:|---:|---:|---|---|---|
${rows.map(({ name, characters, ms }) => `| ${name} | ${characters} | ${ms.fullTag.toFixed(2)} ms | ${ms.tag.toFixed(2)} ms | ${ms.stage.toFixed(2)} ms: **${ratio(ms.stage, ms.fullTag)}** / ${ratio(ms.stage, ms.tag)} | ${(ms.stage - ms.tag).toFixed(2)} ms (${ratio(ms.stage - ms.tag, ms.tag)}) | ${ms.model.toFixed(2)} ms (${ratio(ms.model, ms.tag)}) |`).join('\n')}

Growth: a made-up page dense in names, titles and places (bench/lib/entity-page.mjs: seven new people, titles, places, an organisation, a 、 list and a byline per paragraph) at 1×, 10× and 100×, through the whole stage; the least of ${GROWTH_ROUNDS} interleaved rounds. Linear growth keeps the time per character within ±25 % of the 1× page.

| page | characters | officials + people | stage, µs per character | vs 1× | stage / its own cut |
|---|---:|---:|---:|---:|---:|
${GROWTH.map((factor, index) => {
  const found = lib.extractEntitiesFromView(growthViews[index]);
  return `| ${factor}× | ${growthViews[index].length} | ${found.officials.length + found.people.length} | ${(growth[index].stage * 1000).toFixed(2)} | ${(growth[index].stage / growth[0].stage).toFixed(2)}× | ${(growth[index].stage / growth[index].tag).toFixed(2)}× |`;
}).join('\n')}

Where the stage's time goes (the inspector's sampling profiler over the 60 news-gold excerpts, in units of the stage's own nodejieba call, 2026-12-01, after the round of per-document work on the stage): the segmentation call (1.0) and the nlp service's own work on its words (part-of-speech look-up, news words, offsets: about 0.15–0.2), the name model (about 1.0 inside the stage, where jieba's dictionary has just pushed its tables out of the caches; 0.6–0.8 timed alone above), the recognisers (about 0.35), titles (about 0.1), places, organisations and mentions (about 0.05–0.08 each), output and the rest (about 0.15). The model's time is mostly memory reads: its weights for some twenty features per character and the feature table's slots (one document read again and again, its tables warm, costs about 0.55 of the time per character of the 60 read in turn). That round took what costs instructions, not memory: the forward and backward passes compare the three neighbours each tag has (one entity type: O, B, M, E, S) without a loop over a list, and the best path is traced back without back-pointers (the passes went from about 28 % to 20 % of the model's work on a warm document); the feature tables are lent from one document to the next; the n-gram weights are summed per tag before one add; the reading pattern runs only where a bracket opens with a letter; mentions and place occurrences skip offsets on a second-character flag; news words are looked up only for words whose first unit begins one. Measured against main in one process on a loaded machine (load 3–8 on 2 cores; main's and this code's bundles in alternate rounds, the least of 30–40 rounds, two to four runs): the model alone 0.88–0.93×, the whole stage 0.87–1.02× (about 0.92× in the median of four runs) (before it: 7.40 ms against its cut's 3.21 ms on the seed page, 55.25 ms against 19.85 ms on news-gold, on a quiet machine). The round after it (2026-12-01) laid the model's tables out for fewer lines and fewer instructions: a feature read by hash keeps its four weights beside its check in one 16-byte slot (one line per look-up where a row table and a weight array took two), the dense templates' few hundred features have a table of their own that stays in the caches, the pair table is half the size (1.2 slots a pair), the n-gram sums and a feature's four adds are written out for the shipped model's shape (four tags, three unigram and four bigram templates; the general loops stay for other models), and each character is marked once with whether a flagged word is within reach (one read where six were). Measured against main in one process (main's and this code's bundles in alternate rounds, 41 rounds on news-gold, 81 on the seed page, load 3–4 on 2 cores, two runs): the model alone 0.83–0.85× on news-gold and 0.80–0.86× on the seed page; the whole stage 0.92–0.94× on news-gold (median and paired rounds) and 0.89–1.00× on the seed page. The model is less a matter of memory than it looked: on news-gold, right after a \`cut\` of the same text it costs about 1.2× what it costs reading the same document twice in a row (13.9 against 11.5 ms now, 16.4 against 13.8 ms on main), so what is left is mostly instructions: the dense features' cache (seven look-ups a character), the word features' hashes, and the forward and backward passes. The model's output is the same to the last bit as before it was made cheaper (its features are whole-number weights, summed in whole numbers in any order, then scaled once as before): tools/compare-name-model.mjs compares every candidate and the score of every span of up to 8 characters at every offset, and the whole stage with explain, against main on news-gold, CLUENER dev, PD980105, officials-handmade, the seed page and the test sentences. Every pass is linear: mentions are found in one scan per name length (a 、 list of 150,000 made-up names took 37 s when each name scanned the page; test/entities.test.ts checks that such a list comes back whole). On a shared machine the 100× page has measured 0.9–1.7× the 1× time per character from run to run (load average during this run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores); where it rises, profiles show a larger share of garbage collection and larger maps, not a scan per candidate.

The segmentation pass (nodejieba's words and tags, by \`tag\` or by \`cut\` and the dictionary look-up, with news words joined and offsets) runs once per document and is shared by every entity pass. Name model cold load (fresh process, median of 5): ${loadMs.toFixed(0)} ms; it keeps ${loadHeap.toFixed(1)} MB of JavaScript heap and ${loadBuffers.toFixed(1)} MB of typed arrays (dict/name-model.txt is ${(readFileSync(join(repoRoot, 'dict', 'name-model.txt')).length / 2 ** 20).toFixed(2)} MB).
`;
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('entities', 'The entity stage and the name model: cost against nodejieba.tag', markdown);
