// Preloaded with `node --require` by tests: makes `oidc-provider` unresolvable, as in a production
// install without dev dependencies (`npm ci --omit=dev`), for `require` (CommonJS resolution)
// and `import()` (an ES module loader hook) alike.
const Module = require('node:module');

const hidden = (specifier) => specifier === 'oidc-provider' || specifier.startsWith('oidc-provider/');
const message = "Cannot find package 'oidc-provider' (not installed: a dev dependency)";

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (hidden(request)) throw Object.assign(new Error(message), { code: 'MODULE_NOT_FOUND' });
  return resolveFilename.call(this, request, ...rest);
};

Module.register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, nextResolve) {
      if (specifier === 'oidc-provider' || specifier.startsWith('oidc-provider/')) {
        throw Object.assign(new Error(${JSON.stringify(message)}), { code: 'ERR_MODULE_NOT_FOUND' });
      }
      return nextResolve(specifier, context);
    }`)}`,
);
