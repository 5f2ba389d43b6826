// Segmentation: xinwen's segment() against bare nodejieba cut(s, true) on the same text in the same process
// (interleaved rounds, median), accuracy on SIGHAN 2005 with the shared scorer, and resident memory of each
// in a fresh process. Reads ../shared where present; falls back to the bundled example page for speed alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { segment } from '../dist/index.js';
import { cpuTimed } from './lib/cpu.mjs';
import { median, repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba');
const sighan = join(sharedDir, 'bench-data', 'sighan2005');
const scorer = join(sharedDir, 'tools', 'seg-score.mjs');
const haveSighan = existsSync(join(sighan, 'pku_test.utf8')) && existsSync(scorer);
const tmp = join(repoRoot, '.bench-tmp');
mkdirSync(tmp, { recursive: true });

// The speed corpora: the PKU and MSR test texts (one call per line), or the example page where they are absent.
function linesOf(file) {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
}
const corpora = haveSighan
  ? [['PKU', linesOf(join(sighan, 'pku_test.utf8'))], ['MSR', linesOf(join(sighan, 'msr_test.utf8'))]]
  : [['example page ×50', Array.from({ length: 50 }, () => linesOf(join(repoRoot, 'examples', 'sample-page.txt'))).flat()]];
const charsOf = (lines) => lines.reduce((sum, line) => sum + line.length, 0);

// Warm both: the dictionary load is measured by the cold-start probe, not here.
nodejieba.cut('预热', true);
segment('预热');

const tasks = {};
for (const [corpus, lines] of corpora) {
  tasks[`${corpus}: nodejieba cut(s, true)`] = () => { for (const line of lines) nodejieba.cut(line, true); };
  tasks[`${corpus}: xinwen segment (default)`] = () => { for (const line of lines) segment(line); };
  tasks[`${corpus}: xinwen segment (fine)`] = () => { for (const line of lines) segment(line, { granularity: 'fine' }); };
}
const ROUNDS = 7;
const perRound = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ iterations: 1, warmup: false, time: 0 });
  const names = Object.keys(tasks);
  // Rotate the order each round so neither side always runs first.
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    bench.add(name, cpuTimed(tasks[name], cpu[name]));
  }
  await bench.run();
  for (const task of bench.tasks) perRound[task.name].push(task.result.latency?.mean ?? task.result.mean);
}
const speedRows = [];
for (const [corpus, lines] of corpora) {
  const chars = charsOf(lines);
  const baseline = median(perRound[`${corpus}: nodejieba cut(s, true)`]);
  const cpuBaseline = median(cpu[`${corpus}: nodejieba cut(s, true)`]);
  for (const name of Object.keys(tasks).filter((task) => task.startsWith(`${corpus}: `))) {
    const ms = median(perRound[name]);
    const cpuMs = median(cpu[name]);
    speedRows.push(`| ${name} | ${ms.toFixed(0)} | ${Math.round(chars / (ms / 1000)).toLocaleString('en')} | ${(ms / baseline).toFixed(2)}× | ${(cpuMs / cpuBaseline).toFixed(2)}× |`);
  }
}
const corpusName = corpora.map(([corpus, lines]) => `${haveSighan ? `the ${corpus} test text` : `the ${corpus}`} (${lines.length} lines, ${charsOf(lines)} characters)`).join(' and ');

let accuracy = '_SIGHAN 2005 data not present: accuracy not measured._';
if (haveSighan) {
  const rows = [];
  for (const [corpus, granularity] of [['msr', 'default'], ['pku', 'fine'], ['msr', 'fine'], ['pku', 'default']]) {
    const test = readFileSync(join(sighan, `${corpus}_test.utf8`), 'utf8').split('\n');
    const predicted = test.map((line) => segment(line, { granularity }).map((token) => token.word).join(' ')).join('\n');
    const file = join(tmp, `${corpus}-${granularity}.txt`);
    writeFileSync(file, predicted);
    const json = JSON.parse(execFileSync('node', [scorer, '--pred', file, '--corpus', corpus, '--data', sighan, '--json'], { encoding: 'utf8' }));
    const scored = json[corpus] ?? json.results?.[0] ?? json;
    rows.push(`| ${corpus.toUpperCase()} | ${granularity} | ${fmt(scored.P ?? scored.precision)} | ${fmt(scored.R ?? scored.recall)} | ${fmt(scored.F1 ?? scored.f1 ?? scored.F)} |`);
  }
  const bare = [];
  for (const corpus of ['pku', 'msr']) {
    const test = readFileSync(join(sighan, `${corpus}_test.utf8`), 'utf8').split('\n');
    const file = join(tmp, `${corpus}-nodejieba.txt`);
    writeFileSync(file, test.map((line) => nodejieba.cut(line, true).filter((w) => w.trim() !== '').join(' ')).join('\n'));
    const json = JSON.parse(execFileSync('node', [scorer, '--pred', file, '--corpus', corpus, '--data', sighan, '--json'], { encoding: 'utf8' }));
    const scored = json[corpus] ?? json.results?.[0] ?? json;
    bare.push(`| ${corpus.toUpperCase()} | bare nodejieba cut(s, true) | ${fmt(scored.P ?? scored.precision)} | ${fmt(scored.R ?? scored.recall)} | ${fmt(scored.F1 ?? scored.f1 ?? scored.F)} |`);
  }
  accuracy = ['| corpus | segmenter | P | R | F1 |', '|---|---|---|---|---|', ...rows, ...bare].join('\n');
}

function fmt(value) {
  return typeof value === 'number' ? value.toFixed(3) : String(value);
}

// Resident memory after loading and segmenting the same text, each in a fresh process.
function rssOf(script) {
  const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  return Number(out.trim()) / 2 ** 20;
}
const textFile = haveSighan ? join(sighan, 'pku_test.utf8') : join(repoRoot, 'examples', 'sample-page.txt');
const bareRss = rssOf(`import { createRequire } from 'node:module'; import fs from 'node:fs'; const j = createRequire(process.cwd() + '/')('nodejieba'); for (const l of fs.readFileSync(${JSON.stringify(textFile)}, 'utf8').split('\\n')) j.cut(l, true); console.log(process.memoryUsage().rss);`);
const xinwenRss = rssOf(`import { segment } from './dist/index.js'; import fs from 'node:fs'; for (const l of fs.readFileSync(${JSON.stringify(textFile)}, 'utf8').split('\\n')) segment(l); console.log(process.memoryUsage().rss);`);

// A note on the conditions of the run (for instance a machine shared with other jobs), from the environment.
const note = process.env.XINWEN_BENCH_NOTE ? `\n_${process.env.XINWEN_BENCH_NOTE}_\n` : '';

const markdown = `${note}
Speed on ${corpusName}, one call per line, ${ROUNDS} interleaved rounds, median; each cost is against bare nodejieba on the same corpus:

| corpus: segmenter | ms per pass | characters/s | cost vs bare nodejieba (wall clock) | cost vs bare nodejieba (CPU time) |
|---|---|---|---|---|
${speedRows.join('\n')}

Accuracy (SIGHAN 2005 test sets, scored by shared/tools/seg-score.mjs):

${accuracy}

Memory, fresh process, after segmenting the same text: bare nodejieba ${bareRss.toFixed(0)} MB RSS, xinwen ${xinwenRss.toFixed(0)} MB RSS (+${(xinwenRss - bareRss).toFixed(0)} MB).
`;
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('segment', 'Segmentation: xinwen vs bare nodejieba', markdown);
