// Adapter for ../shared/tools/date-score.mjs. It imports a standalone bundle of src/dates
// (built by bench/dates.bench.mjs, or: npx esbuild src/dates/index.ts --bundle --platform=node
// --format=esm --outfile=.bench-tmp/dates.mjs) so the benchmark runs without the full build.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

export const name = 'xinwen-dates';
const here = path.dirname(new URL(import.meta.url).pathname);
const bundle = process.env.XINWEN_DATES_BUNDLE || path.join(here, '..', '.bench-tmp', 'dates.mjs');
if (!fs.existsSync(bundle)) throw new Error(`missing ${bundle}; run node bench/dates.bench.mjs (it builds the bundle)`);
const { extractDates } = await import(pathToFileURL(bundle).href);

export default async function parse(text, ref) {
  return extractDates(text, { referenceDate: ref }).map((m) => ({ start: m.start, end: m.end, value: m.value, grain: m.grain }));
}

export async function parseBatch(cases) {
  return cases.map((c) => extractDates(c.text, { referenceDate: c.ref }).map((m) => ({ start: m.start, end: m.end, value: m.value, grain: m.grain })));
}
