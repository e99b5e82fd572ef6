import { mergeConfig } from 'vitest/config';
import bench from './vitest.config.js';

/**
 * `npm run bench:scale`: bench/scale.ts alone (minutes, and it needs a PostgreSQL server), so it is
 * kept out of `npm run bench`. Sizes come from the environment; see bench/scale.ts. The SWC plugin
 * and aliases are the bench config's; the lists are replaced, not appended (mergeConfig appends).
 */
const config = mergeConfig(bench, { test: { testTimeout: 3_600_000, hookTimeout: 600_000 } });
config.test!.include = ['bench/scale.ts'];
config.test!.globalSetup = [];
export default config;
