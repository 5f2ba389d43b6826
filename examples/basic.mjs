// Parse a page from this folder and print who is in the story and when, and what was removed.
// Run from the repository after `npm run build`:
//   node examples/basic.mjs                          the bundled sample page (page text)
//   node examples/basic.mjs examples/wire-story.html a wire story as an HTML page
//   node examples/basic.mjs examples/taiwan-business.txt
import { readFileSync } from 'node:fs';
import { parseArticle } from 'xinwen';

const file = process.argv[2] ?? new URL('./sample-page.txt', import.meta.url);
// Bytes in: xinwen finds the encoding itself. No referenceDate: the page's own publish date anchors its dates.
const article = parseArticle(readFileSync(file));

console.log(`${article.title} (${article.publishedTime ?? 'no publish time'}, ${article.lang})`);
for (const official of article.officials) {
  console.log(`  ${official.name}: ${official.titles.map((title) => title.resolved).join('、')}`);
}
for (const date of article.dates) {
  console.log(`  ${date.text} → ${typeof date.value === 'string' ? date.value : `${date.value.start}..${date.value.end}`}`);
}
console.log(`  removed ${article.removed.length} lines: ${[...new Set(article.removed.map((line) => line.reason))].join(', ')}`);
