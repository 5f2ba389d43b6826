/**
 * The dict reader: finds the shipped dict/ folder and reads its plain-text vocabularies (one entry a
 * line, tab-separated columns, `#` header lines), each file once per process. Every stage that needs a
 * vocabulary reads it through here; the vocabularies themselves are built where they are used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The dict/ folder ships beside dist/ in the package (dist/index.js → ../dict) and at the repository
 * root when run from source (src/nlp/dict.ts → ../../dict); look in both so tests and the build agree.
 */
function findDictDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'dict'), join(here, '..', '..', 'dict')]) {
    if (existsSync(join(candidate, 'surnames.txt'))) return candidate;
  }
  throw new Error(`xinwen: dict/ folder not found near ${here}; the package install is incomplete`);
}

let dictDir: string | undefined;

/** Absolute path of a file in dict/. */
function dictPath(file: string): string {
  dictDir ??= findDictDir();
  return join(dictDir, file);
}

/**
 * Rows of a dict/ file: comment lines (#) and blank lines skipped, each row split on tabs. The text is walked
 * line by line (dictRowSource) rather than split into an array of every line first. A file as large as the
 * name model's is better read through dictRowSource itself, which keeps no rows.
 */
export function readDictRows(file: string): string[][] {
  const rows: string[][] = [];
  dictRowSource(file)((row) => rows.push(row));
  return rows;
}

/**
 * The rows of a dict/ file (as `readDictRows` splits them), handed one at a time to a visitor, as often as the
 * reader walks them. With `onlyStartingWith` (one character), only the rows whose first column starts with it are
 * split and visited; the others are only counted, without making their strings (a loader's first walk that reads
 * a few settings rows and sizes its tables by the rest). Returns the number of rows walked, visited or not.
 */
export type DictRowSource = (visit: (row: string[]) => void, onlyStartingWith?: string) => number;

/**
 * Whether a line starting with this UTF-16 unit is, once trimmed, a row starting with it: a printable ASCII
 * character other than `#`, or a CJK ideograph (neither is white space that trim() would remove).
 */
function startsPlainRow(unit: number): boolean {
  return (unit > 0x20 && unit < 0x7f && unit !== 0x23) || (unit >= 0x4e00 && unit <= 0x9fff);
}

/**
 * A dict/ file read once, whose rows can be walked more than once without ever being held all together: a
 * loader that sizes its tables from a first walk and fills them in a second keeps no array of rows, only the
 * file's text, for as long as it holds the source.
 */
export function dictRowSource(file: string): DictRowSource {
  const text = readFileSync(dictPath(file), 'utf8');
  return (visit, onlyStartingWith) => {
    const wanted = onlyStartingWith === undefined ? -1 : onlyStartingWith.charCodeAt(0);
    let rows = 0;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const first = text.charCodeAt(start);
      if (wanted !== -1 && first !== wanted && startsPlainRow(first)) {
        rows++;
        start = end + 1;
        continue;
      }
      const trimmed = text.slice(start, end).trim();
      start = end + 1;
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      rows++;
      if (wanted === -1 || trimmed.charCodeAt(0) === wanted) visit(trimmed.split('\t'));
    }
    return rows;
  };
}

/** A dict/ file read once, on first use, and cached for the life of the process. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
