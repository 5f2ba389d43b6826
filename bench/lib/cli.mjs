// What every accuracy bench script shares: its flags, the check that the shared data is there, the built library.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { repoRoot } from './report.mjs';

const COMMON = {
  json: { type: 'string' },
  sets: { type: 'string' },
  limit: { type: 'string' },
  errors: { type: 'string' },
  'pred-dir': { type: 'string' },
  'no-write': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Reads the flags shared by the bench scripts plus `extra` ones (node:util parseArgs options).
 * `--help` prints the script's leading comment; an unknown flag exits 2.
 */
export function benchArgs(scriptUrl, extra = {}) {
  let values;
  try {
    ({ values } = parseArgs({ options: { ...COMMON, ...extra }, strict: true }));
  } catch (error) {
    console.error(`${error.message} (see --help)`);
    process.exit(2);
  }
  if (values.help) {
    const source = fs.readFileSync(fileURLToPath(scriptUrl), 'utf8');
    console.log(source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.slice(3)).join('\n'));
    process.exit(0);
  }
  return {
    ...values,
    json: values.json ?? null,
    sets: values.sets ? values.sets.split(',').filter(Boolean) : null,
    limit: values.limit ? Number(values.limit) : Infinity,
    errors: values.errors ? Number(values.errors) : 0,
    predDir: values['pred-dir'] ?? null,
    write: !values['no-write'],
  };
}

/** Exits 0 with a message when any of `paths` is missing (the shared data sits next to the repo as ../shared). */
export function requireSharedData(name, ...paths) {
  const missing = paths.find((file) => !fs.existsSync(file));
  if (missing) {
    console.log(`${name} bench skipped: ${missing} not found (the shared bench data sits next to the repo as ../shared).`);
    process.exit(0);
  }
}

/** The built library (dist/index.js); exits 1 when it has not been built. */
export async function importDist() {
  const distPath = path.join(repoRoot, 'dist', 'index.js');
  if (!fs.existsSync(distPath)) {
    console.error('dist/index.js missing: run `npm run build --silent` first');
    process.exit(1);
  }
  return import(pathToFileURL(distPath).href);
}
