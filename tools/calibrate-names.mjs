#!/usr/bin/env node
// Re-runs the calibration of a name model file in place (temperature, default threshold, slot threshold and the
// header lines reporting them) on the held-out slice of the training corpora; tools/train-names.mjs runs the same
// step after training. No evaluation set is read.
//
//   node tools/calibrate-names.mjs [dict/name-model.txt] [--precision 0.93]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { calibrate, withCalibration } from './lib/name-calibration.mjs';
import { readCorpora } from './lib/name-corpora.mjs';
import { dictRows, loadSrc, repoRoot } from './lib/load-src.mjs';
import { CALIBRATION_EXPORTS } from './lib/name-calibration-exports.mjs';

const { values: args, positionals } = parseArgs({
  options: { precision: { type: 'string', default: '0.93' } },
  allowPositionals: true,
});
const file = positionals[0] ?? path.join(repoRoot, 'dict', 'name-model.txt');
const lib = await loadSrc('calibrate-names', CALIBRATION_EXPORTS);
const heldOut = (await readCorpora(console.log)).filter((doc) => doc.heldOut);
const text = fs.readFileSync(file, 'utf8');
const calibration = calibrate(lib, dictRows(text), heldOut, { precision: Number(args.precision) });
for (const line of calibration.lines) console.log(line);
fs.writeFileSync(file, withCalibration(text, calibration));
console.log(`rewrote ${file}`);
