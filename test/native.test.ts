// E_NATIVE for every way nodejieba's native addon can be missing: each case runs the built package in a
// child Node whose module loader is told (test/helpers/break-nodejieba.cjs) to break nodejieba that way.
import { describe, expect, it } from 'vitest';
import { runWithNativeHook as runBroken } from './helpers/native-hook.js';

const probe = `
for (const call of [() => parseArticle('标题\\n正文。'), () => segment('新闻'), () => parseArticle('标题\\n正文。')]) {
  try { call(); console.log('no error'); } catch (e) { console.log(e instanceof XinwenError ? e.code : 'plain ' + e.message); }
}`;

describe('a missing or broken nodejieba addon', () => {
  for (const mode of ['unbuilt', 'absent', 'abi']) {
    it(`is E_NATIVE on every call, from ESM and CJS (${mode})`, () => {
      const esm = runBroken(mode, `import { parseArticle, segment, XinwenError } from './dist/index.js';` + probe, 'module');
      const cjs = runBroken(mode, `const { parseArticle, segment, XinwenError } = require('./dist/index.cjs');` + probe, 'commonjs');
      expect(esm.split('\n')).toEqual(['E_NATIVE', 'E_NATIVE', 'E_NATIVE']);
      expect(cjs).toBe(esm);
    });
  }

  it('says how to fix it', () => {
    const message = runBroken('unbuilt', `import { segment } from './dist/index.js'; try { segment('新闻'); } catch (e) { console.log(e.message); }`, 'module');
    expect(message).toMatch(/BINDING_NOT_FOUND/);
    expect(message).toMatch(/allowScripts/);
  });
});
