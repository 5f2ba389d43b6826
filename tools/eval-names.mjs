#!/usr/bin/env node
// Scores the name model alone (src/entities/name-model.ts, no rules) on the evaluation sets, with
// ../shared/tools/ner-score.mjs: People's Daily PD980105 and CLUENER 2020 dev. These sets are for measuring
// only: nothing here feeds back into training, and the threshold is the one the training script chose on its
// held-out slice of the training data.
//
//   node tools/eval-names.mjs [--model dict/name-model.txt] [--threshold T] [--sweep] [--errors N] [--record]
//
// --sweep prints precision / recall / F1 at several thresholds (to see the curve, not to choose from it).
// --record writes the scores at the model's own threshold into the model file's header (`# evaluation:` lines),
// so the shipped file says what it reached; nothing else in the file changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dictRows, loadSrc, repoRoot, sharedDir } from './lib/load-src.mjs';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: path.join(repoRoot, 'dict', 'name-model.txt') },
    threshold: { type: 'string' },
    sweep: { type: 'boolean', default: false },
    errors: { type: 'string', default: '0' },
    record: { type: 'boolean', default: false },
  },
});

const lib = await loadSrc('eval-names', {
  'entities/name-model.ts': ['nameModelFrom'],
  'nlp/index.ts': ['tagWithOffsets'],
  'normalize/index.ts': ['analysisView'],
});
const model = lib.nameModelFrom(dictRows(fs.readFileSync(args.model, 'utf8')));
const nerDir = path.join(sharedDir, 'bench-data', 'ner');
const scorer = path.join(sharedDir, 'tools', 'ner-score.mjs');
const SETS = [
  { name: 'PD980105', file: path.join(nerDir, 'pd1998-jan', 'PD980105.persons.jsonl') },
  { name: 'CLUENER dev', file: path.join(nerDir, 'cluener2020', 'dev.persons.jsonl') },
];

/** UTF-16 offset → code-point offset (the scorer counts code points). */
function codePointIndex(text) {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return map;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xinwen-eval-names-'));
const recorded = [];
const thresholds = args.sweep ? [0.5, 0.6, 0.7, 0.8, 0.9] : [args.threshold === undefined ? undefined : Number(args.threshold)];
for (const set of SETS) {
  if (!fs.existsSync(set.file)) {
    console.log(`${set.name}: ${set.file} not found, skipped`);
    continue;
  }
  const gold = fs.readFileSync(set.file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const readings = gold.map((doc) => {
    const view = lib.analysisView(doc.text ?? '');
    return { doc, reading: model.read(view, lib.tagWithOffsets(view), { threshold: 0 }), cp: codePointIndex(view) };
  });
  for (const threshold of thresholds) {
    const cut = threshold ?? model.defaultThreshold;
    const predictions = readings.map(({ doc, reading, cp }) => ({
      id: doc.id,
      persons: reading.candidates
        .filter((candidate) => candidate.type === 'person' && candidate.score >= cut)
        .map((candidate) => ({ name: doc.text.slice(candidate.start, candidate.end), start: cp[candidate.start], end: cp[candidate.end], titles: [] })),
    }));
    const predFile = path.join(tmp, 'pred.jsonl');
    fs.writeFileSync(predFile, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const run = spawnSync(process.execPath, [scorer, '--gold', set.file, '--pred', predFile, '--json', '--errors', args.errors], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const metrics = JSON.parse(run.stdout.trim().split('\n').pop());
    const m = metrics.names_span;
    const line = `${set.name.padEnd(12)} threshold ${cut.toFixed(2)}: names P ${(100 * m.p).toFixed(1)} R ${(100 * m.r).toFixed(1)} F1 ${(100 * m.f1).toFixed(1)} (gold ${m.gold})`;
    console.log(line);
    if (threshold === undefined) recorded.push(line);
    if (Number(args.errors) > 0) console.error(run.stderr);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

if (args.record) {
  const lines = [
    'Scores reached by the model alone (no rules), exact spans, scored by ../shared/tools/ner-score.mjs through',
    'tools/eval-names.mjs after training; these evaluation sets were never used for training, tuning or thresholds:',
    ...recorded.map((line) => `  ${line}`),
  ].map((line) => `# evaluation: ${line}`);
  const text = fs.readFileSync(args.model, 'utf8').split('\n').filter((line) => !line.startsWith('# evaluation: '));
  const at = text.findIndex((line) => line.startsWith('# Format:'));
  text.splice(at === -1 ? 0 : at, 0, ...lines);
  fs.writeFileSync(args.model, text.join('\n'));
  console.log(`recorded in ${args.model}`);
}
