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

/** The whole text of a dict/ file, for a loader that walks its rows in place (`forEachDictRow`). */
export function readDictText(file: string): string {
  return readFileSync(dictPath(file), 'utf8');
}

/** Rows of a dict/ file: comment lines (#) and blank lines skipped, each row split on tabs. */
export function readDictRows(file: string): string[][] {
  const text = readDictText(file);
  const rows: string[][] = [];
  for (const cursor = new DictRowCursor(text); cursor.next(); ) rows.push(text.slice(cursor.start, cursor.end).split('\t'));
  return rows;
}

/**
 * Whether a UTF-16 unit is one that `String.prototype.trim` removes (white space or a line terminator), so a
 * row found in place has the bounds the trimmed line would have.
 */
function isTrimmedUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 ||
    unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/**
 * The rows of a dict/ file's text, in place: each `next()` moves `start` and `end` to the bounds of the next line
 * once trimmed, blank lines and comment lines (#) skipped, as `readDictRows` reads them; false after the last. A
 * loader as large as the name model's (35,000 rows) reads its columns from the bounds, without a string or an
 * array per row, in a loop of its own (which the engine compiles early, as one piece, on a cold start).
 */
export class DictRowCursor {
  /** Where the current row starts and ends in the text. */
  start = 0;
  end = 0;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  next(): boolean {
    const text = this.text;
    while (this.lineStart < text.length) {
      let lineEnd = text.indexOf('\n', this.lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      let start = this.lineStart;
      let end = lineEnd;
      this.lineStart = lineEnd + 1;
      // Most lines start and end with printable ASCII or a CJK character (never trimmed): told inline, without a
      // call (white space above U+3000 is only U+FEFF).
      for (let unit = text.charCodeAt(start); start < end && !((unit > 0x20 && unit < 0x7f) || (unit > 0x3000 && unit < 0xfeff)) && isTrimmedUnit(unit); unit = text.charCodeAt(start)) start++;
      for (let unit = text.charCodeAt(end - 1); end > start && !((unit > 0x20 && unit < 0x7f) || (unit > 0x3000 && unit < 0xfeff)) && isTrimmedUnit(unit); unit = text.charCodeAt(end - 1)) end--;
      if (start < end && text.charCodeAt(start) !== 0x23) {
        this.start = start;
        this.end = end;
        return true;
      }
    }
    return false;
  }
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
