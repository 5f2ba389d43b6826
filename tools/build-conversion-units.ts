// Writes dict/conversion-units.txt: the Simplified view's unit table (src/normalize/script.ts), derived from the
// installed opencc-js's tw → cn and hk → cn dictionaries, so a page can be checked for characters that convert
// without loading opencc-js. Rerun after upgrading opencc-js (test/normalize-lazy.test.ts fails until then; at
// run time a table of another version is ignored and built from the package instead).
//
//   npm run build --silent && node tools/run-ts.mjs tools/build-conversion-units.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONVERSION_UNITS_FILE, buildConversionUnits, conversionUnitRows } from '../src/normalize/script.js';
import { openccVersion } from '../src/normalize/opencc.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = openccVersion();
if (version === null) throw new Error('opencc-js is not installed');
const rows = conversionUnitRows(buildConversionUnits(), version);
const header = [
  '# Which UTF-16 units matter to the Traditional → Simplified view (src/normalize/script.ts): for each unit, the sum of',
  '#   1  it can start a change (a changed single-character key, or the first unit of a changed phrase key)',
  '#   2  it is the first changed unit of a changed key (a text holding none converts to itself)',
  '#   4  it stands in no key (no match spans it: the text is converted piece by piece between such units)',
  '#   8  an ideographic description character (the converter skips what it describes: convert whole)',
  `# Derived from opencc-js ${version} (its tw → cn, hk → cn and cn dictionaries, MIT) by tools/build-conversion-units.ts;`,
  '# used only when the installed opencc-js has the version on the @opencc-js row, else built from the package at run time.',
  '# Format: the @opencc-js row, then runs: first unit (hex)<TAB>flags (hex), each run up to the next row\'s unit.',
];
fs.writeFileSync(path.join(root, 'dict', CONVERSION_UNITS_FILE), `${[...header, ...rows].join('\n')}\n`);
console.log(`dict/${CONVERSION_UNITS_FILE}: ${rows.length - 1} runs, opencc-js ${version}`);
