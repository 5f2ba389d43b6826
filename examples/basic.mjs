// Parse the bundled sample page and print who is in the story and when.
// Run from the repository after `npm run build`: node examples/basic.mjs
import { readFileSync } from 'node:fs';
import { parseArticle } from 'xinwen';

const page = readFileSync(new URL('./sample-page.txt', import.meta.url));
const article = parseArticle(page, { referenceDate: '2024-03-16' });

console.log(article.title);
for (const official of article.officials) {
  console.log(`  ${official.name}: ${official.titles.map((title) => title.resolved).join('、')}`);
}
for (const date of article.dates) {
  console.log(`  ${date.text} → ${typeof date.value === 'string' ? date.value : `${date.value.start}..${date.value.end}`}`);
}
console.log(`  removed ${article.removed.length} lines: ${[...new Set(article.removed.map((line) => line.reason))].join(', ')}`);
