import { tokenize } from '#text';
import type { WordVectors } from './word-vectors.js';

/**
 * Closeness in meaning between a claim and a passage, from word vectors (word-vectors.ts): each text
 * is the weighted mean of its words' vectors, a word weighing log(2 + its frequency rank), so "the"
 * counts a little and "permafrost" a lot without any statistics of the corpus at hand. BM25 finds
 * passages that share the claim's words; this lets one that says the same with other words
 * ("warming" for "rising temperatures") climb past one that merely repeats a word.
 */
export const MEANING = {
  /**
   * Share of the re-ranking score that is meaning; the rest is BM25 relative to the best candidate.
   * Outside dev set, recall@5: 0.4 → 0.620, 0.6 → 0.627, 0.7 → 0.635, 0.8 → 0.631, 0.9 → 0.620 (BENCHMARKS.md).
   */
  weight: 0.7,
};

function add(vectors: WordVectors, sum: Float32Array, word: string): boolean {
  const rank = vectors.rank.get(word);
  if (rank === undefined) return false;
  const weight = Math.log(2 + rank);
  const { dimensions, data } = vectors;
  for (let d = 0, row = rank * dimensions; d < dimensions; d++) sum[d] += weight * data[row + d];
  return true;
}

/**
 * The text's vector, or null when none of its words is known. Words as the rest of the engine reads them
 * (`tokenize` of #text: "sea-level" is two words, "world's" is "world" and a clitic, which is skipped
 * like punctuation).
 */
export function textVector(vectors: WordVectors, text: string): Float32Array | null {
  const sum = new Float32Array(vectors.dimensions);
  let known = false;
  for (const { lower } of tokenize(text)) if (/^[\p{L}\p{N}]/u.test(lower) && add(vectors, sum, lower)) known = true;
  return known ? sum : null;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0, na = 0, nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d] * b[d];
    na += a[d] * a[d];
    nb += b[d] * b[d];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * New retrieval scores for BM25's candidates: (1 − weight) × BM25 / best BM25 + weight × cosine.
 * Without vectors, or for a claim none of whose words is known, the BM25 scores come back unchanged.
 */
export function blendMeaning(vectors: WordVectors | null, claim: string, candidates: ReadonlyArray<{ text: string; retrieval: number }>, weight = MEANING.weight): number[] {
  const query = vectors && textVector(vectors, claim);
  const best = Math.max(0, ...candidates.map((c) => c.retrieval));
  if (!vectors || !query || best <= 0) return candidates.map((c) => c.retrieval);
  return candidates.map((c) => {
    const passage = textVector(vectors, c.text);
    return (1 - weight) * (c.retrieval / best) + weight * (passage ? cosine(query, passage) : 0);
  });
}
