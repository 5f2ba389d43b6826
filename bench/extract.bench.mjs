#!/usr/bin/env node
// Main-content extraction accuracy of parseArticle, scored with ../shared/tools/extract-score.mjs.
//
//   npm run build --silent && node bench/extract.bench.mjs [--json OUT] [--sets a,b] [--limit N]
//                                                           [--pred-dir DIR] [--errors N] [--no-lost]
//
// Data: ../shared/bench-data/news-extraction/<set>/gold.jsonl (+ the pages it points to). Every set with a
// gold.jsonl is run: cwced-zh, gne-testpages-zh (the 38 pages with gold), newspaper4k-zh, readability-zh,
// trafilatura-zh (no body gold: title/date, plus its with/without snippets), scrapinghub-en (English).
// Missing data or scorer → a message and exit 0.
//
// Prediction per page (the scorer's JSONL record shape):
//   body   = the Article's paragraphs of kind 'body' and 'caption', joined by '\n' (the primary mapping:
//            the gne gold keeps image captions, cwced's hand-copied text keeps them too); the
//            body-only mapping (kind 'body') is scored alongside as `bodyOnlyF1`.
//   title  = article.title, date = article.publishedTime, author = credits.authors + reporters.
// Pages are passed as raw bytes (Buffer; .gz pages are gunzipped), so xinwen decodes them itself.
// pages/s times parseArticle alone, in this one process, after a warm-up parse (jieba's dictionary load).
//
// "Furniture lines left": kept paragraphs (body and caption) whose text is no part of the gold body (white space
// removed, NFKC), counted over the pages with a body gold, and the number of pages with any.
//
// "Nothing lost" (the README promise): the page is decoded (UTF-8, else GB18030), every visible text node
// (not in <script>/<style>/<title>/<iframe>/…, not under hidden or display:none) with at least 2 letters is looked for (whitespace removed,
// NFKC) in article.text + every article.removed[].text. A node found in neither is "lost".
//
// --pred-dir DIR writes DIR/<set>.pred.jsonl so the scorer CLI can be re-run by hand:
//   node ../shared/tools/extract-score.mjs --gold ../shared/bench-data/news-extraction/cwced-zh/gold.jsonl \
//        --pred DIR/cwced-zh.pred.jsonl --per-doc

import fs from 'node:fs';
import os from 'node:os';
import { benchArgs, importDist, requireSharedData } from './lib/cli.mjs';
import { writeSection } from './lib/report.mjs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const shared = path.resolve(root, '..', 'shared');
const dataDir = path.join(shared, 'bench-data', 'news-extraction');
const scorerPath = path.join(shared, 'tools', 'extract-score.mjs');

const args = { ...benchArgs(import.meta.url, { 'no-lost': { type: 'boolean' } }) };
args.lost = !args['no-lost'];
requireSharedData('extract', dataDir, scorerPath);
const { scoreAll } = await import(pathToFileURL(scorerPath).href);
const { parseArticle } = await importDist();

// ---- helpers ------------------------------------------------------------------------------------------

const ORDER = ['gne-testpages-zh', 'cwced-zh', 'newspaper4k-zh', 'readability-zh', 'trafilatura-zh', 'scrapinghub-en'];

function readGold(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function readPage(setDir, rel) {
  let buf = fs.readFileSync(path.join(setDir, rel));
  if (rel.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  return buf;
}

function decodeForLostCheck(buf) {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { /* not UTF-8 */ }
  try { return new TextDecoder('gb18030').decode(buf); } catch { return buf.toString('latin1'); }
}

let htmlparser2 = null;
try { htmlparser2 = await import('htmlparser2'); } catch {
  try { htmlparser2 = await import('htmlparser2'); } catch { htmlparser2 = null; }
}

// Visibility as a browser would show it: no <script>/<style>/<title>/…, nothing under hidden / display:none.
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'textarea', 'title', 'select', 'option']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
function textNodes(html) {
  const out = [];
  const stack = [false];
  const parser = new htmlparser2.Parser({
    onopentag(name, at) {
      const hidden = stack[stack.length - 1] || SKIP_TAGS.has(name) || at.hidden !== undefined || HIDDEN_STYLE.test(at.style ?? '') || at.type === 'hidden';
      stack.push(hidden);
    },
    onclosetag() { if (stack.length > 1) stack.pop(); },
    ontext(t) { if (!stack[stack.length - 1]) out.push(t); },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return out;
}
const squash = (s) => s.normalize('NFKC').replace(/[\s\u200b\u00a0\u3000]+/gu, '');
function lostLines(buf, article) {
  const html = decodeForLostCheck(buf);
  const hay = squash([article.text ?? '', ...(article.removed ?? []).map((r) => r.text ?? '')].join('\n'));
  const nodes = [];
  for (const t of textNodes(html)) {
    const s = squash(t);
    if ((s.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) continue;
    nodes.push(s);
  }
  const removedBits = (article.removed ?? []).map((r) => squash(r.text ?? '')).filter((r) => r.length >= 1).sort((a, b) => b.length - a.length);
  // A node split into kept text + removed pieces (`…。新华社记者X摄`, a lone bar before a date) is not lost: strip the
  // removed pieces, longest first, and look again.
  const lost = nodes.filter((s) => {
    if (hay.includes(s)) return false;
    let rest = s;
    for (const r of removedBits) if (rest.includes(r)) rest = rest.split(r).join('\n');
    return rest.split('\n').some((part) => (part.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2 && !hay.includes(part));
  });
  return { checked: nodes.length, lost };
}

function bodyOf(article, kinds) {
  return article.paragraphs.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join('\n');
}

const pct = (x) => (Number.isFinite(x) ? (x * 100).toFixed(1) : '–');
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');

// ---- run ----------------------------------------------------------------------------------------------

const sets = ORDER.filter((s) => fs.existsSync(path.join(dataDir, s, 'gold.jsonl')))
  .concat(fs.readdirSync(dataDir).filter((s) => !ORDER.includes(s) && fs.existsSync(path.join(dataDir, s, 'gold.jsonl'))))
  .filter((s) => !args.sets || args.sets.includes(s));
if (!sets.length) { console.log('extract bench skipped: no news-extraction set with gold.jsonl found'); process.exit(0); }

// Warm-up: the first parse loads jieba's dictionary; keep it out of the pages/s figure.
parseArticle('<html><head><title>预热</title></head><body><p>青山市委副书记、市长周海峰主持召开专题会议。2024年3月16日</p></body></html>');

if (args.predDir) fs.mkdirSync(args.predDir, { recursive: true });
const results = [];
for (const set of sets) {
  const setDir = path.join(dataDir, set);
  const gold = readGold(path.join(setDir, 'gold.jsonl')).slice(0, args.limit);
  const predFull = new Map(); const predBodyOnly = new Map();
  const perPage = [];
  let ms = 0; let crashed = 0; let empty = 0; let lostChecked = 0; let lostCount = 0; let pagesWithLoss = 0;
  const lostExamples = []; const crashes = [];
  let snippetWith = [0, 0]; let snippetWithout = [0, 0];
  let furnitureLeft = 0; let pagesWithFurniture = 0; const furnitureExamples = [];
  for (const g of gold) {
    let buf;
    try { buf = readPage(setDir, g.html); } catch (e) { crashes.push({ id: g.id, error: `read: ${e.message}` }); crashed++; continue; }
    let article = null;
    const t0 = process.hrtime.bigint();
    try { article = parseArticle(buf, g.url ? { url: g.url } : {}); } catch (e) { crashes.push({ id: g.id, error: `${e.code ?? ''} ${e.message}`.trim() }); }
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    if (!article) { crashed++; predFull.set(g.id, { id: g.id }); predBodyOnly.set(g.id, { id: g.id }); continue; }
    const body = bodyOf(article, ['body', 'caption']);
    if (!body.trim()) empty++;
    const author = [...(article.credits?.authors ?? []), ...(article.credits?.reporters ?? [])].join(' ');
    const rec = { id: g.id, body, title: article.title ?? '', date: article.publishedTime ?? '', author };
    predFull.set(g.id, rec);
    predBodyOnly.set(g.id, { ...rec, body: bodyOf(article, ['body']) });
    if (g.body) {
      const goldBody = squash(g.body);
      const left = article.paragraphs.filter((p) => p.kind !== 'title' && !goldBody.includes(squash(p.text)));
      furnitureLeft += left.length;
      if (left.length) pagesWithFurniture++;
      for (const p of left.slice(0, 2)) if (furnitureExamples.length < 12) furnitureExamples.push({ id: g.id, text: p.text.slice(0, 60) });
    }
    if (Array.isArray(g.with)) {
      const full = article.text ?? '';
      for (const s of g.with) { snippetWith[1]++; if (full.includes(s)) snippetWith[0]++; }
      for (const s of g.without ?? []) { snippetWithout[1]++; if (!full.includes(s)) snippetWithout[0]++; }
    }
    let lost = null;
    if (args.lost && htmlparser2) {
      lost = lostLines(buf, article);
      lostChecked += lost.checked; lostCount += lost.lost.length;
      if (lost.lost.length) { pagesWithLoss++; for (const s of lost.lost.slice(0, 3)) if (lostExamples.length < 12) lostExamples.push({ id: g.id, text: s.slice(0, 80) }); }
    }
    perPage.push({ id: g.id, paragraphs: article.paragraphs.length, removed: article.removed.length, warnings: article.warnings, lost: lost ? lost.lost.length : null });
  }
  const goldMap = new Map(gold.map((g) => [String(g.id), { id: String(g.id), body: g.body ?? undefined, title: g.title, date: g.date, author: g.author }]));
  // The scorer treats a null body as "no gold"; keep that (trafilatura-zh).
  for (const [, v] of goldMap) if (v.body === undefined) v.body = null;
  const full = scoreAll(goldMap, predFull);
  const bodyOnly = scoreAll(goldMap, predBodyOnly);
  if (args.predDir) fs.writeFileSync(path.join(args.predDir, `${set}.pred.jsonl`), [...predFull.values()].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const s = full.summary;
  const rows = full.rows.map((r) => ({ ...r, bodyOnlyF1: bodyOnly.rows.find((x) => x.id === r.id)?.f1 }));
  results.push({
    set, pages: gold.length,
    body: s.body.n ? { ...s.body } : null,
    bodyOnly: bodyOnly.summary.body.n ? { ...bodyOnly.summary.body } : null,
    title: s.title, date: s.date, author: s.author,
    crashed, emptyBody: empty, crashes,
    parseMs: ms, pagesPerSecond: gold.length / (ms / 1000),
    snippets: snippetWith[1] ? { withFound: snippetWith[0], withTotal: snippetWith[1], withoutAbsent: snippetWithout[0], withoutTotal: snippetWithout[1] } : null,
    furniture: s.body.n ? { left: furnitureLeft, pages: pagesWithFurniture, examples: furnitureExamples } : null,
    nothingLost: args.lost && htmlparser2 ? { textNodesChecked: lostChecked, lost: lostCount, pagesWithLoss, examples: lostExamples } : null,
    rows, perPage,
  });
}

// ---- report -------------------------------------------------------------------------------------------

const limitNote = Number.isFinite(args.limit) ? ` (first ${args.limit} pages per set)` : '';
const out = [];
out.push(`### xinwen parseArticle — main-content extraction${limitNote}`);
out.push('');
out.push('Body = paragraphs of kind `body` + `caption` (body-only F1 in brackets). Char-F1 = harmonic mean of macro P and R over pages (extract-score `--tokens auto`).');
out.push('');
out.push('| set | pages | body char-F1 (P / R) [body-only] | furniture lines left (pages) | title exact % (relaxed %) | publish-day % | crashed / empty | pages/s | text nodes lost (pages) |');
out.push('|---|---:|---|---:|---|---|---:|---:|---|');
for (const r of results) {
  const body = r.body ? `${f3(r.body.f1)} (${f3(r.body.precision)} / ${f3(r.body.recall)}) [${f3(r.bodyOnly?.f1)}]` : (r.snippets ? `n/a (snippets: with ${r.snippets.withFound}/${r.snippets.withTotal}, without ${r.snippets.withoutAbsent}/${r.snippets.withoutTotal})` : 'n/a');
  const title = r.title.exact.n ? `${pct(r.title.exact.acc)} (${pct(r.title.relaxed.acc)}) n=${r.title.exact.n}` : 'n/a';
  const day = r.date.day.n ? `${pct(r.date.day.acc)} n=${r.date.day.n}` : (r.date.coarse.n ? `(coarse ${pct(r.date.coarse.acc)} n=${r.date.coarse.n})` : 'n/a');
  const lost = r.nothingLost ? `${r.nothingLost.lost}/${r.nothingLost.textNodesChecked} (${r.nothingLost.pagesWithLoss})` : 'n/a';
  const furniture = r.furniture ? `${r.furniture.left} (${r.furniture.pages})` : 'n/a';
  out.push(`| ${r.set} | ${r.pages} | ${body} | ${furniture} | ${title} | ${day} | ${r.crashed} / ${r.emptyBody} | ${r.pagesPerSecond.toFixed(1)} | ${lost} |`);
}
out.push('');
out.push(`Node ${process.version}, one process; pages/s = pages / time inside parseArticle (after a warm-up parse), load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores${os.loadavg()[0] > os.cpus().length ? ' (a shared, busy machine: pages/s is lower than on an idle one; bench/extract-only.bench.mjs gives the speed as ratios within one process)' : ''}.`);
console.log(out.join('\n'));
if (args.write) writeSection('extract', 'Main content and metadata: parseArticle on the news-extraction pages', out.slice(2).join('\n'));

if (args.errors > 0) {
  for (const r of results) {
    console.error(`--- ${r.set}: worst ${args.errors} pages by body F1`);
    for (const x of [...r.rows].filter((x) => x.f1 !== undefined).sort((a, b) => a.f1 - b.f1).slice(0, args.errors)) {
      console.error(`${x.id}\tF1=${f3(x.f1)} P=${f3(x.p)} R=${f3(x.r)} title=${x.titleExact ?? '-'} day=${x.dateDay ?? '-'}`);
    }
    for (const c of r.crashes) console.error(`CRASH ${c.id}: ${c.error}`);
    for (const e of r.nothingLost?.examples ?? []) console.error(`LOST ${e.id}: ${e.text}`);
    for (const e of r.furniture?.examples ?? []) console.error(`FURNITURE LEFT ${e.id}: ${e.text}`);
  }
}

if (args.json) {
  fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
  fs.writeFileSync(args.json, JSON.stringify({ node: process.version, limit: Number.isFinite(args.limit) ? args.limit : null, bodyMapping: ['body', 'caption'], results }, null, 1));
}
