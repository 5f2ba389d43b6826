// The lean nodejieba load (nlp/jieba.ts): without its keyword IDF table, in threads xinwen owns (batch workers)
// and where the user asks for it (XINWEN_LEAN_JIEBA=1). The words and the article are the same; only
// nodejieba's own `extract` loses its table, which is why it is never the default in a caller's process.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const probe = `
import { parseArticle } from './dist/index.js';
import { createRequire } from 'node:module';
const article = parseArticle('市政府召开常务会议\\n今天上午，市政府召开常务会议，副市长李建国主持会议，研究部署了防汛抗旱工作。', { tokens: true });
const nodejieba = createRequire(process.cwd() + '/')('nodejieba');
const weights = nodejieba.extract('今天上午市政府召开常务会议研究部署防汛抗旱工作', 3).map((keyword) => keyword.weight);
console.log(JSON.stringify({ article, weights }));
`;

function run(env: Record<string, string>): { article: unknown; weights: number[] } {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }));
}

describe('nodejieba loaded without its keyword table', () => {
  it('gives the same article, and only nodejieba extract loses its weights', () => {
    const usual = run({ XINWEN_LEAN_JIEBA: '' });
    const lean = run({ XINWEN_LEAN_JIEBA: '1' });
    expect(lean.article).toEqual(usual.article);
    // with its table, the rarer words weigh far more than they occur; with the one-word table each weighs its count
    expect(Math.max(...usual.weights)).toBeGreaterThan(5);
    expect(usual.weights).toHaveLength(3);
    expect(lean.weights).toHaveLength(3);
    expect(lean.weights.every((weight) => weight <= 2)).toBe(true);
  });
});
