// The whole pipeline on page text: parseArticle's cost per character against bare nodejieba cut(s, true)
// on the same text in the same process (interleaved rounds, median), how time grows with the page
// (1×, 10×, 100× the page), and cold start in a fresh process against bare nodejieba's.
// Uses the seed page from ../shared when present, else the bundled example page.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { importDist } from './lib/cli.mjs';
import { cpuTimed } from './lib/cpu.mjs';
import { median, repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const { parseArticle } = await importDist();
const nodejieba = createRequire(import.meta.url)('nodejieba');
const seedFile = join(sharedDir, 'seed', 'article.txt');
const pageFile = existsSync(seedFile) ? seedFile : join(repoRoot, 'examples', 'sample-page.txt');
const page = readFileSync(pageFile, 'utf8');
const pageName = existsSync(seedFile) ? 'the seed page' : 'the example page';
const options = { referenceDate: '2023-07-23' };

// The news-gold excerpts (60 real page excerpts, page text), where present: the pipeline on short pages.
const goldFile = join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl');
const excerpts = existsSync(goldFile)
  ? readFileSync(goldFile, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line).text)
  : [];

nodejieba.cut('预热', true);
parseArticle(page, options);
for (const excerpt of excerpts) parseArticle(excerpt, options);

// Each pair is measured in the same round, in alternating order: the page 20 times, the excerpts (all 60) 3 times.
const pairs = [
  { iterations: 20, tasks: { parse: () => parseArticle(page, options), cut: () => nodejieba.cut(page, true) } },
];
if (excerpts.length > 0) {
  pairs.push({
    iterations: 3,
    tasks: {
      parseExcerpts: () => { for (const excerpt of excerpts) parseArticle(excerpt, options); },
      cutExcerpts: () => { for (const excerpt of excerpts) nodejieba.cut(excerpt, true); },
    },
  });
}
const ROUNDS = 7;
const times = Object.fromEntries(pairs.flatMap((pair) => Object.keys(pair.tasks)).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(times).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const pair of pairs) {
    const bench = new Bench({ iterations: pair.iterations, warmup: false, time: 0 });
    const names = Object.keys(pair.tasks);
    for (const name of round % 2 === 0 ? names : [...names].reverse()) bench.add(name, cpuTimed(pair.tasks[name], cpu[name]));
    await bench.run();
    for (const task of bench.tasks) times[task.name].push(task.result.latency?.mean ?? task.result.mean);
  }
}
const parseMs = median(times.parse);
const cutMs = median(times.cut);
const cpuRatio = (task, baseline) => `${(median(cpu[task]) / median(cpu[baseline])).toFixed(2)}×`;
const excerptRows = excerpts.length === 0 ? '' : `
| nodejieba cut(s, true), the ${excerpts.length} news-gold excerpts | ${median(times.cutExcerpts).toFixed(2)} | 1.00× | 1.00× |
| parseArticle (text), the ${excerpts.length} news-gold excerpts | ${median(times.parseExcerpts).toFixed(2)} | ${(median(times.parseExcerpts) / median(times.cutExcerpts)).toFixed(2)}× | ${cpuRatio('parseExcerpts', 'cutExcerpts')} |`;

const scaling = [];
for (const factor of [1, 10, 100]) {
  const text = Array(factor).fill(page).join('\n');
  const started = performance.now();
  parseArticle(text, options);
  scaling.push([factor, performance.now() - started]);
}

// Cold starts: each command in a fresh process, 5 rounds, the commands interleaved within a round (a shared
// machine's load then weighs on each alike), median per command.
const pageLiteral = JSON.stringify(pageFile);
const moduleScript = (script) => ['--input-type=module', '-e', script];
const haveRs = existsSync(join(repoRoot, 'node_modules', '@node-rs', 'jieba', 'dict.txt'));
const coldCommands = {
  xinwen: moduleScript(`import { parseArticle } from './dist/index.js'; import fs from 'node:fs'; parseArticle(fs.readFileSync(${pageLiteral}, 'utf8'));`),
  bare: moduleScript(`import { createRequire } from 'node:module'; import fs from 'node:fs'; createRequire(process.cwd() + '/')('nodejieba').cut(fs.readFileSync(${pageLiteral}, 'utf8'), true);`),
  // The command line on the same page: \`xinwen parse\` with one input parses on its own thread, which loads
  // nodejieba without its keyword table (src/nlp/jieba.ts), as its batch workers do; it is set against the same bare load.
  cli: ['dist/cli.js', 'parse', pageFile],
};
// The same with @node-rs/jieba, where it is installed (an optional peer dependency; a dev dependency here).
if (haveRs) {
  coldCommands.xinwenRs = moduleScript(`import { parseArticle } from './dist/index.js'; import fs from 'node:fs'; parseArticle(fs.readFileSync(${pageLiteral}, 'utf8'), { segmenter: 'node-rs-jieba' });`);
  coldCommands.bareRs = moduleScript(`import { createRequire } from 'node:module'; import fs from 'node:fs'; const { Jieba } = createRequire(process.cwd() + '/')('@node-rs/jieba'); Jieba.withDict(fs.readFileSync('node_modules/@node-rs/jieba/dict.txt')).cut(fs.readFileSync(${pageLiteral}, 'utf8'), true);`);
}
// Each process also reports the CPU time of all its threads at exit (worker, GC and compiler threads included):
// on a machine shared with other jobs, wall time stretches with the load, CPU time much less.
const CPU_MARK = 'xinwen-bench-cpu:';
const reportCpu = `data:text/javascript,${encodeURIComponent(`process.on('exit', () => { const c = process.cpuUsage(); process.stderr.write('${CPU_MARK}' + (c.user + c.system) + '\\n'); });`)}`;
const coldRuns = Object.fromEntries(Object.keys(coldCommands).map((name) => [name, []]));
const coldCpu = Object.fromEntries(Object.keys(coldCommands).map((name) => [name, []]));
for (let round = 0; round < 5; round++) {
  const names = Object.keys(coldCommands);
  for (const name of round % 2 === 0 ? names : names.reverse()) {
    const started = performance.now();
    const run = spawnSync('node', ['--import', reportCpu, ...coldCommands[name]], { cwd: repoRoot, env: { ...process.env, XINWEN_LEAN_JIEBA: '' }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    coldRuns[name].push(performance.now() - started);
    if (run.status !== 0) throw new Error(`cold start of ${name} failed: ${run.stderr}`);
    coldCpu[name].push(Number(run.stderr.split(CPU_MARK)[1]) / 1000);
  }
}
const coldXinwen = median(coldRuns.xinwen);
const coldBare = median(coldRuns.bare);
const coldCli = median(coldRuns.cli);
const coldXinwenRs = haveRs ? median(coldRuns.xinwenRs) : 0;
const coldBareRs = haveRs ? median(coldRuns.bareRs) : 0;
const cpuOf = (name) => median(coldCpu[name]);
const peak = Math.round(process.memoryUsage().rss / 2 ** 20);

// A note on the conditions of the run (for instance a machine shared with other jobs), from the environment.
const note = process.env.XINWEN_BENCH_NOTE ? `\n_${process.env.XINWEN_BENCH_NOTE}_\n` : '';

const markdown = `
${note}
${pageName} (${page.length} characters)${excerpts.length ? ` and the ${excerpts.length} news-gold excerpts (${excerpts.reduce((sum, text) => sum + text.length, 0)} characters in all, one call each)` : ''}, ${ROUNDS} interleaved rounds (20 calls on the page, 3 passes over the excerpts), median:

| what | ms per pass | cost vs bare nodejieba cut(s, true) (wall clock) | (CPU time) |
|---|---|---|---|
| nodejieba cut(s, true), ${pageName} | ${cutMs.toFixed(2)} | 1.00× | 1.00× |
| parseArticle (text), ${pageName} | ${parseMs.toFixed(2)} | ${(parseMs / cutMs).toFixed(2)}× | ${cpuRatio('parse', 'cut')} |${excerptRows}

Growth with the page: ${scaling.map(([factor, ms]) => `${factor}× → ${ms.toFixed(0)} ms`).join(', ')}; 100×/1× = ${(scaling[2][1] / scaling[0][1]).toFixed(0)}.

Cold start (fresh process, import + first parse, median of 5 interleaved rounds): xinwen ${coldXinwen.toFixed(0)} ms, bare nodejieba require + first cut ${coldBare.toFixed(0)} ms (${(coldXinwen / coldBare).toFixed(2)}×); the command \`xinwen parse\` on the page (a fresh process, the one input parsed on its own thread with nodejieba loaded without its keyword table, JSON written) ${coldCli.toFixed(0)} ms (${(coldCli / coldBare).toFixed(2)}×)${haveRs ? `; with \`segmenter: 'node-rs-jieba'\` ${coldXinwenRs.toFixed(0)} ms, bare @node-rs/jieba load + first cut ${coldBareRs.toFixed(0)} ms (${(coldXinwenRs / coldBareRs).toFixed(2)}×; ${(coldXinwenRs / coldBare).toFixed(2)}× bare nodejieba's)` : ''}. RSS of this process at the end: ${peak} MB.

The same cold starts in CPU time (all threads of the fresh process, median): xinwen ${cpuOf('xinwen').toFixed(0)} ms, bare nodejieba ${cpuOf('bare').toFixed(0)} ms (${(cpuOf('xinwen') / cpuOf('bare')).toFixed(2)}×), \`xinwen parse\` ${cpuOf('cli').toFixed(0)} ms (${(cpuOf('cli') / cpuOf('bare')).toFixed(2)}×)${haveRs ? `; node-rs-jieba: xinwen ${cpuOf('xinwenRs').toFixed(0)} ms, bare ${cpuOf('bareRs').toFixed(0)} ms (${(cpuOf('xinwenRs') / cpuOf('bareRs')).toFixed(2)}×)` : ''}. Load average at the end: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.
`;
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('pipeline', 'The whole pipeline: parseArticle on page text', markdown);
