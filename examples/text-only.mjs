// Only the clean article, without the language analysis: headline, publish time, credits and body paragraphs.
// nodejieba is never loaded on this path. Run from the repository after `npm run build`:
//   node examples/text-only.mjs                          the bundled sample page (page text)
//   node examples/text-only.mjs examples/wire-story.html
import { readFileSync } from 'node:fs';
import { parseArticle } from 'xinwen';

const file = process.argv[2] ?? new URL('./sample-page.txt', import.meta.url);
const article = parseArticle(readFileSync(file), { analyze: false });

console.log(`${article.title} (${article.publishedTime ?? 'no publish time'}, ${article.source ?? article.siteName ?? 'no source'})`);
const credited = Object.entries(article.credits).filter(([, names]) => names.length > 0);
if (credited.length > 0) console.log(`  ${credited.map(([role, names]) => `${role}: ${names.join('、')}`).join('; ')}`);
for (const paragraph of article.paragraphs) {
  if (paragraph.kind !== 'title') console.log(`${paragraph.kind === 'caption' ? '[caption] ' : ''}${paragraph.text}`);
}
