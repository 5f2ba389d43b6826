// Preloaded with `node -r` (worker threads inherit it) to break nodejieba the ways installs break it,
// or to stand in for a bug.
// XINWEN_TEST_NATIVE=unbuilt: the addon file is absent, as after `npm install --ignore-scripts`
//   (nodejieba's own require succeeds; its first call throws BINDING_NOT_FOUND);
// =absent: the nodejieba package itself cannot be required;
// =abi: the addon exists but fails to dlopen (built for another Node);
// =crash: a stand-in nodejieba that loads but whose cut and tagger throw a TypeError on page text, as a bug would;
// =forbidden: any require of nodejieba throws, and is counted in globalThis.__nodejiebaRequests (for paths that
//   must never load it);
// =no-node-rs: @node-rs/jieba cannot be required (the optional peer dependency is not installed).
const Module = require('node:module');
const mode = process.env.XINWEN_TEST_NATIVE;
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (mode === 'crash' && request === 'nodejieba') {
    // The loader's first call (its proof that the addon works) succeeds; the bug shows on the page's text.
    let calls = 0;
    const fail = () => {
      if (calls++ === 0) return false;
      throw new TypeError('simulated bug in the segmenter');
    };
    const cut = (text) => (fail() ? [] : [text]);
    const tag = (text) => (fail() ? [] : [{ word: text, tag: 'x' }]);
    return { cut, insertWord: () => true, tag };
  }
  if (mode === 'forbidden' && request.includes('nodejieba')) {
    globalThis.__nodejiebaRequests = (globalThis.__nodejiebaRequests ?? 0) + 1;
    throw new Error(`nodejieba was required (${request})`);
  }
  if (mode === 'no-node-rs' && request === '@node-rs/jieba') {
    throw Object.assign(new Error(`Cannot find module '@node-rs/jieba'`), { code: 'MODULE_NOT_FOUND' });
  }
  if (mode === 'absent' && request === 'nodejieba') {
    throw Object.assign(new Error(`Cannot find module 'nodejieba'`), { code: 'MODULE_NOT_FOUND' });
  }
  if (request.endsWith('nodejieba.node')) {
    if (mode === 'unbuilt') throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' });
    if (mode === 'abi') throw Object.assign(new Error('was compiled against a different Node.js version'), { code: 'ERR_DLOPEN_FAILED' });
  }
  return load.apply(this, arguments);
};
