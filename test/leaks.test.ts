// No third-party text in the repository: fails when a sentence or clause of at least 10 Han characters
// from the seed page or from a benchmark gold file in ../shared appears in src/, dict/, test/, bench/,
// examples/ or the top-level documents. Skips cleanly where ../shared is absent (a user's checkout).
//
// Both sides are cut the same way, at sentence ends, line breaks and quotation marks (so a sentence in a
// string literal stands alone), and again at clause marks (，、：brackets), and each piece is reduced to its
// Han characters, so spacing, digits and half- or full-width punctuation do not hide a copy.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const benchData = join(shared, 'bench-data');

const MIN_HAN = 10;
const SENTENCE_SPLIT = /[\n\r。！？!?；;'"`“”‘’「」『』]+/u;
const CLAUSE_SPLIT = /[，,、：:（）()《》【】〈〉]+/u;
const NOT_HAN = /[^\p{Script=Han}]+/gu;

/** The Han-only keys of every sentence and clause of `text` with at least MIN_HAN Han characters. */
function pieces(text: string): string[] {
  const keys: string[] = [];
  for (const sentence of text.split(SENTENCE_SPLIT)) {
    const whole = sentence.replace(NOT_HAN, '');
    if (whole.length < MIN_HAN) continue;
    keys.push(whole);
    for (const clause of sentence.split(CLAUSE_SPLIT)) {
      const key = clause.replace(NOT_HAN, '');
      if (key.length >= MIN_HAN && key !== whole) keys.push(key);
    }
  }
  return keys;
}

function jsonLines(file: string): Array<Record<string, unknown>> {
  if (!existsSync(file)) return [];
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  return raw.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The text fields of the gold files: the page, sentence or body texts, and headlines. */
function goldTexts(): string[] {
  const texts: string[] = [];
  const seed = join(shared, 'seed', 'article.txt');
  if (existsSync(seed)) texts.push(readFileSync(seed, 'utf8'));
  const textFields = (file: string, fields: readonly string[]) => {
    for (const record of jsonLines(file)) for (const field of fields) if (typeof record[field] === 'string') texts.push(record[field] as string);
  };
  textFields(join(benchData, 'news-gold', 'cases.jsonl'), ['text']);
  textFields(join(benchData, 'dates', 'cases.jsonl'), ['text']);
  textFields(join(benchData, 'ner', 'officials-handmade', 'gold.jsonl'), ['text']);
  textFields(join(benchData, 'ner', 'cluener2020', 'dev.jsonl'), ['text']);
  textFields(join(benchData, 'ner', 'pd1998-jan', 'PD980105.persons.jsonl'), ['text']);
  const extraction = join(benchData, 'news-extraction');
  if (existsSync(extraction)) {
    for (const set of readdirSync(extraction)) textFields(join(extraction, set, 'gold.jsonl'), ['body', 'title']);
  }
  return texts;
}

const SCANNED = ['src', 'dict', 'test', 'bench', 'examples', 'README.md', 'ARCHITECTURE.md'];

/**
 * Pieces that match gold text legitimately: generic phrases, not sentences of any page.
 * - 二十世纪九十年代末期 ("the late 1990s"): a date expression on its own, one case of the date set is just
 *   this phrase; the date grammar names it as an example of the decade forms it reads.
 */
const GENERIC = new Set(['二十世纪九十年代末期']);

function repositoryFiles(): string[] {
  const files: string[] = [];
  const todo = SCANNED.map((name) => join(root, name)).filter((path) => existsSync(path));
  while (todo.length > 0) {
    const path = todo.pop()!;
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) todo.push(join(path, entry));
    else if (/\.(ts|mjs|js|txt|md|html|json)$/u.test(path)) files.push(path);
  }
  return files;
}

describe('no seed or benchmark text in the repository', () => {
  it.skipIf(!existsSync(join(shared, 'seed', 'article.txt')) || !existsSync(benchData))('finds none of their sentences', () => {
    const gold = new Set(goldTexts().flatMap(pieces));
    expect(gold.size).toBeGreaterThan(1000);
    const leaks: string[] = [];
    for (const file of repositoryFiles()) {
      for (const key of pieces(readFileSync(file, 'utf8'))) if (gold.has(key) && !GENERIC.has(key)) leaks.push(`${relative(root, file)}: ${key}`);
    }
    expect(leaks).toEqual([]);
  });

  it('cuts text the same way on both sides', () => {
    const quoted = "const text = '3月5日,青山市民政局在市会展中心举办养老服务政策宣讲会。';";
    expect(pieces(quoted)).toEqual(['月日青山市民政局在市会展中心举办养老服务政策宣讲会', '青山市民政局在市会展中心举办养老服务政策宣讲会']);
    expect(pieces('青山市民政局在市会展中心举办养老服务政策宣讲会').every((key) => pieces(quoted).includes(key))).toBe(true);
    expect(pieces('短句。也短。')).toEqual([]);
  });
});
