// Module hooks (node:module `register`) that let Node run the repository's TypeScript as it is written
// for tsc's nodenext resolution: `./x.js` specifiers name `./x.ts` files, and `#text`/`#evidence` take
// the `types` target of package.json "imports" (libs/*/src/index.ts) instead of the built dist/.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

// What vitest.config.ts's unplugin-swc derives from tsconfig.json: Nest needs legacy decorators with
// design:paramtypes metadata, and class fields must not be redefined over decorator-set values.
const SWC = {
  swcrc: false,
  configFile: false,
  sourceMaps: 'inline',
  module: { type: 'es6' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2023',
    // libs/evidence imports its lexicon with `with { type: 'json' }`, which Node requires.
    experimental: { keepImportAttributes: true },
  },
};

const isOwnTs = (url) => url?.startsWith('file:') && url.endsWith('.ts') && !url.includes('/node_modules/');

export async function resolve(specifier, context, nextResolve) {
  if (isOwnTs(context.parentURL)) {
    if (specifier.startsWith('#')) return nextResolve(specifier, { ...context, conditions: ['types', ...context.conditions] });
    if (/^\.\.?\//.test(specifier) && specifier.endsWith('.js')) {
      try {
        return await nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      } catch (error) {
        if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      }
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!isOwnTs(url)) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code } = await transform(await readFile(filename, 'utf8'), { ...SWC, filename });
  return { format: 'module', source: code, shortCircuit: true };
}
