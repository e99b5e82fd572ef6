// `node --import ./test/support/ts-register.mjs apps/api/src/main.ts` runs the API from its TypeScript
// source, so a test can start it as a real separate process without `npm run build`.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
