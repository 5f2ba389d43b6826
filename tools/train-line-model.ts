// Fits the line model of the boilerplate stage and writes dict/line-model.txt.
//
//   npm run build --silent && node tools/run-ts.mjs tools/train-line-model.ts [--dry-run] [--folds 5]
//   --dry-run        fit and report, write nothing
//   --debug          also print the in-sample trade-off per threshold and the body lines scored lowest
//   --page ID [text|html]  also print every line of a page (fit or measure set) with its label and scores
//
// Data: the HTML sets of ../shared/bench-data/news-extraction, lines labelled "body" when their text is part of
// the set's gold body (in page order), "furniture" otherwise; lines equal to the headline are left out.
//   FIT     cwced-zh (69 pages, many sites, 2003–2022), readability-zh (4), newspaper4k-zh (3)
//   MEASURE gne-testpages-zh (38 pages with gold, 11 portals): never fitted on, scored at the end.
//   news-gold (plain-text excerpts) is the development check of the whole library and is never read here.
// Two kinds of page, two weight sets:
//   html  the lines the content stage keeps from each page, with their markup facts (link density, heading, image)
//   text  every visible line of each page, markup unknown: how page text reaches parseArticle (format 'text')
// Model: logistic regression (Newton steps, L2), then a context pass: a second logistic regression, with the
// first-pass score as offset, over the line's own score and its neighbours' scores, fitted on out-of-fold first-pass scores (5 folds by page) so it
// learns how far to trust them. Lines the rules settle (credits, headers, separators, patterns, captions) are
// not fitted; they stand as context with fixed scores. Rows are weighted by 1 + log(1 + length).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../src/input/decode.js';
import { parseHtml } from '../src/input/html.js';
import { selectContent } from '../src/input/content.js';
import { chooseTitle } from '../src/input/meta.js';
import { lineMarkup } from '../src/input/line-facts.js';
import { preparePage, type InputLine, type PreparedPage } from '../src/boilerplate/classify.js';
import { CONTEXT_FEATURE_COUNT, CONTEXT_FEATURES, FEATURE_COUNT, FEATURES, contextFeatures, lineFeatures } from '../src/boilerplate/features.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '..', 'shared', 'bench-data', 'news-extraction');
const FIT_SETS = ['cwced-zh', 'readability-zh', 'newspaper4k-zh'];
const MEASURE_SETS = ['gne-testpages-zh'];
const L2 = 1;
// The context pass corrects the first pass: a stronger penalty keeps its corrections modest.
const CONTEXT_L2 = 10;
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const folds = Number(args[args.indexOf('--folds') + 1]) || 5;

if (!fs.existsSync(dataDir)) {
  console.log(`train-line-model: ${dataDir} not found (the shared bench data sits next to the repo as ../shared).`);
  process.exit(0);
}

// ---- pages and labels ------------------------------------------------------------------------------------

interface Gold {
  id: string;
  html: string;
  body: string | null;
  title?: string | null;
}

interface Page {
  set: string;
  id: string;
  kind: 'html' | 'text';
  prepared: PreparedPage;
  /** 1 body, 0 furniture, -1 left out (headline). */
  labels: Int8Array;
}

const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/gu, '').toLowerCase();

/**
 * Labels lines in page order: a line is body when its text is found in the gold body at a place no earlier line
 * took (a teaser repeating the lead further down the page is furniture); a short line only close after the
 * last match, where a chance hit of two or three characters is unlikely.
 */
function labelLines(lines: readonly string[], goldBody: string): Int8Array {
  const gold = squash(goldBody);
  const taken = new Uint8Array(gold.length);
  const labels = new Int8Array(lines.length);
  let pointer = 0;
  const free = (at: number, length: number) => taken[at] === 0 && taken[at + length - 1] === 0;
  lines.forEach((line, i) => {
    const text = squash(line);
    if (text.length === 0) return;
    let at = -1;
    if (text.length >= 10) {
      at = gold.indexOf(text, Math.max(0, pointer - 20));
      if (at < 0 || !free(at, text.length)) {
        at = -1;
        for (let from = gold.indexOf(text); from >= 0; from = gold.indexOf(text, from + 1)) {
          if (free(from, text.length)) { at = from; break; }
        }
      }
    } else {
      const near = gold.indexOf(text, Math.max(0, pointer - 20));
      if (near >= 0 && near - pointer <= 120 && free(near, text.length)) at = near;
    }
    if (at < 0) return;
    labels[i] = 1;
    taken.fill(1, at, at + text.length);
    pointer = at + text.length;
  });
  return labels;
}

function readGold(set: string): Gold[] {
  const file = path.join(dataDir, set, 'gold.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Gold).filter((gold) => gold.body);
}

function loadPages(set: string): Page[] {
  const pages: Page[] = [];
  for (const gold of readGold(set)) {
    let bytes = fs.readFileSync(path.join(dataDir, set, gold.html));
    if (gold.html.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
    const parsed = parseHtml(decodeBytes(new Uint8Array(bytes)).text);
    const chosen = chooseTitle(parsed);
    const content = selectContent(parsed, chosen.title);
    const markup = lineMarkup(parsed, parsed.lines.map((_, i) => i));
    const htmlLines: InputLine[] = content.lines.map((text, i) => ({ text, markup: content.sources[i] >= 0 ? markup[content.sources[i]] : undefined }));
    const push = (kind: Page['kind'], lines: ReadonlyArray<string | InputLine>) => {
      const prepared = preparePage(lines, { title: chosen.title });
      const labels = labelLines(prepared.lines.map((line) => line.text), gold.body ?? '');
      prepared.titleCopies.forEach((copy, i) => { if (copy) labels[i] = -1; });
      pages.push({ set, id: gold.id, kind, prepared, labels });
    };
    push('html', htmlLines);
    // Page text reaches us whole or cut around the article (a stored excerpt): fit on both.
    const all = parsed.lines.map((line) => line.text);
    push('text', all);
    const bodyLines = labelLines(all, gold.body ?? '');
    const first = bodyLines.indexOf(1);
    const last = bodyLines.lastIndexOf(1);
    if (first >= 0) {
      const seed = [...gold.id].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) >>> 0, 7);
      const before = seed % 7;
      const after = (seed >>> 3) % 7;
      push('text', all.slice(Math.max(0, first - before), last + 1 + after));
      // An excerpt may also stop inside the article, even inside a sentence.
      const stop = first + ((seed >>> 6) % Math.max(1, last - first + 1));
      const cut = all[stop].slice(0, Math.max(4, Math.floor(all[stop].length * (0.3 + ((seed >>> 9) % 60) / 100))));
      push('text', [...all.slice(Math.max(0, first - before), stop), cut]);
    }
  }
  return pages;
}

// ---- logistic regression --------------------------------------------------------------------------------

interface Rows {
  x: Float64Array[];
  y: number[];
  w: number[];
  /** A fixed part of each row's logit (the first-pass score, for the context pass). */
  offset?: number[];
}

/** Solves (A) z = b by Gaussian elimination with partial pivoting; A is small (features × features). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => Float64Array.from([...row, b[i]]));
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      if (f !== 0) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return Float64Array.from({ length: n }, (_, i) => m[i][n] / (m[i][i] || 1e-12));
}

/** The L2-penalised weighted log-loss of `beta` (the bias is not penalised). */
function loss(rows: Rows, beta: Float64Array, l2: number): number {
  let sum = 0;
  for (let r = 0; r < rows.x.length; r++) {
    let z = rows.offset?.[r] ?? 0;
    const x = rows.x[r];
    for (let k = 0; k < beta.length; k++) z += beta[k] * x[k];
    // log(1 + e^z) - y z, written to stay finite for large |z|.
    sum += rows.w[r] * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - rows.y[r] * z);
  }
  for (let k = 1; k < beta.length; k++) sum += 0.5 * l2 * beta[k] * beta[k];
  return sum;
}

/** Newton steps with step halving on the L2-penalised weighted log-loss (the bias is not penalised). */
function fitLogistic(rows: Rows, size: number, l2 = L2, iterations = 30): Float64Array {
  let beta: Float64Array = new Float64Array(size);
  let current = loss(rows, beta, l2);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(size);
    const hessian = Array.from({ length: size }, () => new Float64Array(size));
    for (let r = 0; r < rows.x.length; r++) {
      const x = rows.x[r];
      let z = rows.offset?.[r] ?? 0;
      for (let k = 0; k < size; k++) z += beta[k] * x[k];
      const p = 1 / (1 + Math.exp(-z));
      const w = rows.w[r];
      const g = w * (p - rows.y[r]);
      const h = w * p * (1 - p);
      for (let a = 0; a < size; a++) {
        if (x[a] === 0) continue;
        gradient[a] += g * x[a];
        for (let b = 0; b < size; b++) if (x[b] !== 0) hessian[a][b] += h * x[a] * x[b];
      }
    }
    for (let k = 0; k < size; k++) {
      gradient[k] += k > 0 ? l2 * beta[k] : 0;
      hessian[k][k] += k > 0 ? l2 : 1e-6;
    }
    const delta = solve(hessian, gradient);
    let scale = 1;
    let next = beta.map((value, k) => value - delta[k]);
    let nextLoss = loss(rows, next, l2);
    while (!(nextLoss <= current) && scale > 1e-4) {
      scale /= 2;
      next = beta.map((value, k) => value - scale * delta[k]);
      nextLoss = loss(rows, next, l2);
    }
    if (!(nextLoss <= current)) break;
    const gain = current - nextLoss;
    beta = next;
    current = nextLoss;
    if (gain < 1e-7 * Math.max(1, current)) break;
  }
  return beta;
}

const dot = (w: Float64Array, x: Float64Array) => x.reduce((sum, value, k) => sum + value * w[k], 0);
const weightOf = (text: string) => 1 + Math.log1p(text.length);

function firstPassRows(pages: readonly Page[]): Rows {
  const rows: Rows = { x: [], y: [], w: [] };
  for (const page of pages) {
    const { prepared, labels } = page;
    prepared.lines.forEach((line, i) => {
      if (prepared.fixed[i] !== null || labels[i] < 0) return;
      rows.x.push(lineFeatures(prepared.context, i, new Float64Array(FEATURE_COUNT)));
      rows.y.push(labels[i]);
      rows.w.push(weightOf(line.text));
    });
  }
  return rows;
}

function firstScores(page: Page, first: Float64Array): Float64Array {
  const { prepared } = page;
  const features = new Float64Array(FEATURE_COUNT);
  return Float64Array.from(prepared.lines, (_, i) => prepared.fixed[i] ?? dot(first, lineFeatures(prepared.context, i, features)));
}

function contextRows(pages: readonly Page[], scoresOf: (page: Page) => Float64Array): Rows {
  const rows: Rows = { x: [], y: [], w: [], offset: [] };
  for (const page of pages) {
    const scores = scoresOf(page);
    const { prepared, labels } = page;
    prepared.lines.forEach((line, i) => {
      if (prepared.fixed[i] !== null || labels[i] < 0) return;
      rows.x.push(contextFeatures(scores, prepared.lines, i, new Float64Array(CONTEXT_FEATURE_COUNT)));
      rows.offset?.push(scores[i]);
      rows.y.push(labels[i]);
      rows.w.push(weightOf(line.text));
    });
  }
  return rows;
}

interface Fitted {
  first: Float64Array;
  context: Float64Array;
  threshold: number;
}

/** Fits both passes; the context pass on out-of-fold first-pass scores. */
function fit(pages: readonly Page[]): Omit<Fitted, 'threshold'> {
  const first = fitLogistic(firstPassRows(pages), FEATURE_COUNT);
  const oof = new Map<Page, Float64Array>();
  const ids = [...new Set(pages.map((page) => page.id))];
  for (let f = 0; f < folds; f++) {
    const held = new Set(ids.filter((_, i) => i % folds === f));
    const model = fitLogistic(firstPassRows(pages.filter((page) => !held.has(page.id))), FEATURE_COUNT);
    for (const page of pages) if (held.has(page.id)) oof.set(page, firstScores(page, model));
  }
  const context = fitLogistic(contextRows(pages, (page) => oof.get(page) as Float64Array), CONTEXT_FEATURE_COUNT, CONTEXT_L2);
  return { first, context };
}

/** Final logits of every line of a page (rules' lines keep their fixed logit). */
function finalScores(page: Page, model: Omit<Fitted, 'threshold'>): Float64Array {
  const first = firstScores(page, model.first);
  const { prepared } = page;
  const features = new Float64Array(CONTEXT_FEATURE_COUNT);
  return Float64Array.from(prepared.lines, (_, i) => prepared.fixed[i] ?? first[i] + dot(model.context, contextFeatures(first, prepared.lines, i, features)));
}

// ---- measuring -------------------------------------------------------------------------------------------

interface Tally {
  bodyChars: number;
  bodyKept: number;
  keptChars: number;
  furnitureLines: number;
  furnitureRemoved: number;
  lines: number;
  correct: number;
}

function tally(pages: readonly Page[], scoresOf: (page: Page) => Float64Array, threshold: number): Tally {
  const t: Tally = { bodyChars: 0, bodyKept: 0, keptChars: 0, furnitureLines: 0, furnitureRemoved: 0, lines: 0, correct: 0 };
  const cut = Math.log(threshold / (1 - threshold));
  for (const page of pages) {
    const scores = scoresOf(page);
    page.prepared.lines.forEach((line, i) => {
      const label = page.labels[i];
      if (label < 0) return;
      const kept = scores[i] >= cut;
      const length = line.text.length;
      t.lines++;
      if (kept === (label === 1)) t.correct++;
      if (label === 1) {
        t.bodyChars += length;
        if (kept) t.bodyKept += length;
      } else {
        t.furnitureLines++;
        if (!kept) t.furnitureRemoved++;
      }
      if (kept) t.keptChars += length;
    });
  }
  return t;
}

function summary(t: Tally): { recall: number; precision: number; f1: number; removed: number; accuracy: number } {
  const recall = t.bodyKept / (t.bodyChars || 1);
  const precision = t.bodyKept / (t.keptChars || 1);
  return { recall, precision, f1: (2 * recall * precision) / (recall + precision || 1), removed: t.furnitureRemoved / (t.furnitureLines || 1), accuracy: t.correct / (t.lines || 1) };
}

const fmt = (s: ReturnType<typeof summary>) =>
  `body chars kept ${s.recall.toFixed(3)}, kept chars that are body ${s.precision.toFixed(3)}, char F1 ${s.f1.toFixed(3)}, furniture lines removed ${s.removed.toFixed(3)}, line accuracy ${s.accuracy.toFixed(3)}`;

/** The threshold with the best body-character F1, out of fold. */
function pickThreshold(pages: readonly Page[], scoresOf: (page: Page) => Float64Array): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t <= 0.951; t += 0.025) {
    const s = summary(tally(pages, scoresOf, t));
    if (s.f1 > bestF1) {
      bestF1 = s.f1;
      best = Number(t.toFixed(3));
    }
  }
  return best;
}

// ---- run -------------------------------------------------------------------------------------------------

const fitPages = FIT_SETS.flatMap(loadPages);
const measurePages = MEASURE_SETS.flatMap(loadPages);
const report: string[] = [];
const sections: string[] = [];
for (const kind of ['text', 'html'] as const) {
  const pages = fitPages.filter((page) => page.kind === kind);
  const held = measurePages.filter((page) => page.kind === kind);
  const model = fit(pages);
  // Out-of-fold final scores on the fit pages, for the threshold and an honest figure on the fit sets.
  const ids = [...new Set(pages.map((page) => page.id))];
  const oof = new Map<Page, Float64Array>();
  for (let f = 0; f < folds; f++) {
    const out = new Set(ids.filter((_, i) => i % folds === f));
    const foldModel = fit(pages.filter((page) => !out.has(page.id)));
    for (const page of pages) if (out.has(page.id)) oof.set(page, finalScores(page, foldModel));
  }
  const oofScores = (page: Page) => oof.get(page) as Float64Array;
  const threshold = pickThreshold(pages, oofScores);
  const cv = summary(tally(pages, oofScores, threshold));
  const measured = summary(tally(held, (page) => finalScores(page, model), threshold));
  const rows = firstPassRows(pages).x.length;
  report.push(`# [${kind}] ${pages.length} fit pages, ${rows} fitted lines; threshold ${threshold} (best body-character F1 out of fold)`);
  report.push(`#   fit sets, ${folds}-fold out of fold: ${fmt(cv)}`);
  report.push(`#   measure set (gne-testpages-zh, ${held.length} pages, never fitted): ${fmt(measured)}`);
  sections.push(`[${kind}]`, `threshold\t${threshold}`, ...FEATURES.map((name, k) => `${name}\t${model.first[k].toFixed(4)}`));
  sections.push(`[${kind} context]`, ...CONTEXT_FEATURES.map((name, k) => `${name}\t${model.context[k].toFixed(4)}`));
}

const header = [
  '# Weights of the line model of the boilerplate stage (src/boilerplate/line-model.ts): logistic regressions over',
  '# the features of src/boilerplate/features.ts ([text], [html]) and over neighbours\' scores ([… context]).',
  '# Format: feature<TAB>weight under a [section] line; `threshold` is the body probability a line needs.',
  '# Made by tools/train-line-model.ts (node tools/run-ts.mjs tools/train-line-model.ts); do not edit by hand.',
  '# Training data: lines of the HTML pages of shared/bench-data/news-extraction, labelled body when in the gold body.',
  `#   fitted on ${FIT_SETS.join(', ')}; measured on ${MEASURE_SETS.join(', ')} (never fitted); news-gold never read.`,
  `# Settings: Newton steps with step halving, L2 ${L2} (context pass ${CONTEXT_L2}; bias free), rows weighted 1 + ln(1 + length), context pass on ${folds}-fold out-of-fold scores;`,
  '#   lines settled by the rules (credits, headers, separators, patterns, captions) are context only.',
  '# Scores reached (line level; the end-to-end figures are in BENCHMARKS.md):',
  ...report,
];
const text = `${header.join('\n')}\n${sections.join('\n')}\n`;
console.log(report.join('\n'));
if (!dryRun) {
  fs.writeFileSync(path.join(root, 'dict', 'line-model.txt'), text);
  console.log('wrote dict/line-model.txt');
}
if (args.includes('--debug')) {
  for (const kind of ['text', 'html'] as const) {
    const pages = fitPages.filter((page) => page.kind === kind);
    const model = fit(pages);
    for (let t = 0.05; t < 0.96; t += 0.1) console.log(kind, t.toFixed(2), fmt(summary(tally(pages, (p) => finalScores(p, model), t))));
    const worst: Array<[number, string, string]> = [];
    for (const page of pages) {
      const s = finalScores(page, model);
      page.prepared.lines.forEach((line, i) => { if (page.labels[i] === 1 && page.prepared.fixed[i] === null) worst.push([s[i], page.id.slice(0, 8), line.text.slice(0, 70)]); });
    }
    worst.sort((a, b) => a[0] - b[0]);
    for (const w of worst.slice(0, 40)) console.log(kind, w[0].toFixed(2), w[1], w[2]);
  }
}
if (args.includes('--page')) {
  const id = args[args.indexOf('--page') + 1];
  const kind = (args[args.indexOf('--page') + 2] ?? 'text') as 'text' | 'html';
  const pages = fitPages.filter((page) => page.kind === kind);
  const model = fit(pages);
  for (const page of [...pages, ...measurePages].filter((p) => p.id.startsWith(id) && p.kind === kind)) {
    const s = finalScores(page, model);
    const f = firstScores(page, model.first);
    page.prepared.lines.forEach((line, i) => console.log(page.labels[i], f[i].toFixed(2), s[i].toFixed(2), line.text.slice(0, 80)));
  }
}
