import { mergeConfig } from 'vitest/config';
import bench from './vitest.config.js';

/**
 * `npm run bench:scale`: bench/scale.bench.ts alone (minutes, and it needs a PostgreSQL server and
 * `npm run build`). Sizes come from the environment; see bench/scale.bench.ts. The SWC plugin and
 * aliases are the bench config's; the lists are replaced, not appended (mergeConfig appends).
 */
const config = mergeConfig(bench, {});
config.test!.include = ['bench/scale.bench.ts'];
config.test!.globalSetup = [];
export default config;
