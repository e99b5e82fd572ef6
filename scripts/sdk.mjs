// Generates libs/sdk/src/generated/schema.ts from the committed openapi.json.
//   node scripts/sdk.mjs           regenerate
//   node scripts/sdk.mjs --check   fail when the committed file differs (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = new URL('../openapi.json', import.meta.url);
const target = fileURLToPath(new URL('../libs/sdk/src/generated/schema.ts', import.meta.url));
const HEADER = '/**\n * Generated from openapi.json by `npm run sdk` (openapi-typescript). Do not edit: change the API,\n * run `npm run openapi`, then `npm run sdk`.\n */\n\n';

const text = HEADER + astToString(await openapiTS(JSON.parse(readFileSync(spec, 'utf8'))));

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // reported below as drift
  }
  if (committed !== text) {
    console.error(`${target} does not match openapi.json: run \`npm run sdk\` and commit the result.`);
    process.exit(1);
  }
  console.log('The SDK matches openapi.json.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
