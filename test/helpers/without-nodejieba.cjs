// Preloaded with `node -r` to make nodejieba's native addon unloadable the ways installs break it.
// XINWEN_TEST_NATIVE=unbuilt: the addon file is absent, as after `npm install --ignore-scripts`
//   (nodejieba's own require succeeds; its first call throws BINDING_NOT_FOUND);
// =absent: the nodejieba package itself cannot be required;
// =abi: the addon exists but fails to dlopen (built for another Node).
const Module = require('node:module');
const mode = process.env.XINWEN_TEST_NATIVE;
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (mode === 'absent' && request === 'nodejieba') {
    throw Object.assign(new Error(`Cannot find module 'nodejieba'`), { code: 'MODULE_NOT_FOUND' });
  }
  if (request.endsWith('nodejieba.node')) {
    if (mode === 'unbuilt') throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' });
    if (mode === 'abi') throw Object.assign(new Error('was compiled against a different Node.js version'), { code: 'ERR_DLOPEN_FAILED' });
  }
  return load.apply(this, arguments);
};
