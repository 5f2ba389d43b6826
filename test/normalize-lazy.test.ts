// opencc-js loads on first use: the unit table that says whether a text can change under the Traditional →
// Simplified conversion ships in dict/, so a Simplified page is read without the package, and the table is the
// one the installed opencc-js gives.
import { describe, expect, it } from 'vitest';
import { probeBuild } from './helpers/fresh-process.js';
import { buildConversionUnits, shippedConversionUnits, toSimplified } from '../src/normalize/script.js';


describe('the Simplified view of short text, before the full tw/hk → cn converter is built (first in this file: the table test below builds it)', () => {
  it("is the full converter's on phrases, variants and every slice of our own sentences", async () => {
    const { twHkToCn, lengthPreserving } = await import('./helpers/opencc.js');
    const reference = lengthPreserving(twHkToCn);
    const sentences = [
      '他的回覆讓大家瞭解了這項計畫的意義，成效顯著。',
      '衞生署的綫上服務着重於便民，市民反應熱烈。',
      '我们看到了显著的进展，这个结果令人瞭解到问题所在。',
      '台灣的麵包店與香港的餅店各有特色，遊客絡繹不絕。',
    ];
    for (const sentence of sentences) {
      for (let start = 0; start < sentence.length; start++) {
        for (const length of [1, 2, 3, 5, 9, 30]) {
          const slice = sentence.slice(start, start + length);
          expect(toSimplified(slice), slice).toBe(reference(slice));
        }
      }
    }
  });
});

describe('the shipped conversion unit table', () => {
  it('is the table built from the installed opencc-js (rerun tools/build-conversion-units.ts after an upgrade)', () => {
    const shipped = shippedConversionUnits();
    expect(shipped, 'dict/conversion-units.txt names another opencc-js version').toBeDefined();
    const built = buildConversionUnits();
    let differing = 0;
    for (let unit = 0; unit < built.length; unit++) if (shipped?.[unit] !== built[unit]) differing++;
    expect(differing).toBe(0);
    // the table marks real Traditional characters (國 → 国) and leaves Simplified ones alone
    expect(built['國'.charCodeAt(0)] & 3).toBe(3);
    expect(built['国'.charCodeAt(0)] & 2).toBe(0);
  });
});

const probe = `
const { createRequire } = require('node:module');
const cache = createRequire(process.cwd() + '/').cache;
const loaded = () => Object.keys(cache).some((file) => file.includes('/node_modules/opencc-js/'));
const steps = {};
const simplified = parseArticle('市政府召开常务会议\\n今天上午，市政府召开常务会议，会议由市长主持，研究部署了下一步工作。');
steps.simplified = loaded();
const traditional = parseArticle('市政府召開常務會議\\n今天上午，市政府召開常務會議，會議由市長主持，研究部署了下一步工作。');
steps.traditional = loaded();
steps.langs = [simplified.lang, traditional.lang];
console.log(JSON.stringify(steps));
`;

function run(type: 'module' | 'commonjs'): { simplified: boolean; traditional: boolean; langs: string[] } {
  return probeBuild(type, probe);
}

describe('opencc-js loads on first use', () => {
  for (const type of ['module', 'commonjs'] as const) {
    it(`from the ${type === 'module' ? 'ESM' : 'CJS'} build: not for a Simplified page, for a Traditional one`, () => {
      const steps = run(type);
      expect(steps.simplified).toBe(false);
      expect(steps.traditional).toBe(true);
      expect(steps.langs).toEqual(['zh-Hans', 'zh-Hant']);
    });
  }
});
