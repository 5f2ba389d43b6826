// The HTML parser and the legacy decoders load on first use: page text given as a string needs none of them,
// and an HTML page or GBK bytes load what they need, from the ESM and the CJS build alike.
import { describe, expect, it } from 'vitest';
import { probeBuild } from './helpers/fresh-process.js';

const PACKAGES = ['htmlparser2', 'iconv-lite', 'chardet'];

// Prints which of PACKAGES are in the CommonJS module cache (createRequire shares it) after each step.
const probe = `
const { createRequire } = require('node:module');
const cache = createRequire(process.cwd() + '/').cache;
const loaded = () => ${JSON.stringify(PACKAGES)}.filter((name) => Object.keys(cache).some((file) => file.includes('/node_modules/' + name + '/')));
const steps = {};
parseArticle('今天上午，市政府召开常务会议。\\n会议由市长主持，研究部署了下一步工作。', { analyze: false });
steps.text = loaded();
parseArticle('<html><body><h1>会议召开</h1><p>今天上午，市政府召开常务会议，研究部署了下一步工作。</p></body></html>', { analyze: false });
steps.html = loaded();
parseArticle(Buffer.from([0xbd, 0xf1, 0xcc, 0xec, 0xc9, 0xcf, 0xce, 0xe7, 0xa3, 0xac, 0xca, 0xd0, 0xd5, 0xfe, 0xb8, 0xae, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3]), { analyze: false });
steps.gbk = loaded();
console.log(JSON.stringify(steps));
`;

function run(type: 'module' | 'commonjs'): Record<string, string[]> {
  return probeBuild(type, probe);
}

describe('the input stage loads its packages on first use', () => {
  for (const type of ['module', 'commonjs'] as const) {
    it(`from the ${type === 'module' ? 'ESM' : 'CJS'} build`, () => {
      const steps = run(type);
      expect(steps.text).toEqual([]);
      expect(steps.html).toContain('htmlparser2');
      expect(steps.gbk).toContain('iconv-lite');
    });
  }
});
