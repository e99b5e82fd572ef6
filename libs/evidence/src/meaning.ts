import { alignWords, knownWords } from './alignment.js';
import type { WordVectors } from './word-vectors.js';

/**
 * Closeness in meaning between a claim and a passage, from word vectors (word-vectors.ts): each text
 * is the weighted mean of its words' vectors, a word weighing log(2 + its frequency rank), so "the"
 * counts a little and "permafrost" a lot without any statistics of the corpus at hand. BM25 finds
 * passages that share the claim's words; this lets one that says the same with other words
 * ("warming" for "rising temperatures") climb past one that merely repeats a word. The mean blurs a
 * sentence into its topic, so word alignment (alignment.ts: each word matched with its closest
 * counterpart) takes a share of its own.
 */
export const MEANING = {
  /**
   * Share of the re-ranking score that is the mean vectors' cosine. Alone with BM25 (no alignment),
   * outside dev set, recall@5: 0.4 → 0.620, 0.6 → 0.627, 0.7 → 0.635, 0.8 → 0.631, 0.9 → 0.620 (BENCHMARKS.md).
   */
  weight: 0.3,
  /**
   * Share that is word alignment (alignment.ts); the rest (here 0.2) is BM25 relative to the best candidate.
   * Outside dev set, recall@5 by BM25 / mean vector / alignment shares, the API's candidates re-ranked and
   * put through rankEvidence (0.633 at 0.3 / 0.7 / 0, the setting before alignment): with words weighing
   * log(2 + rank), 0.3 / 0 / 0.7 → 0.650, 0.4 / 0 / 0.6 → 0.644; with log(2 + rank)² (kept), 0.2 / 0.3 / 0.5 →
   * 0.663 (kept; the same through the API), 0.15 / 0.35 / 0.5 → 0.670, 0.15 / 0.25 / 0.6 → 0.663, 0.2 / 0.4 /
   * 0.4 → 0.661, 0.2 / 0.2 / 0.6 → 0.655, 0.1 / 0.4 / 0.5 → 0.659, 0.3 / 0.2 / 0.5 → 0.644 (BENCHMARKS.md).
   */
  alignment: 0.5,
};

/** Weighted mean (unnormalised sum) of known words' vectors, or null for none. */
function meanVector(vectors: WordVectors, words: readonly string[]): Float32Array | null {
  if (!words.length) return null;
  const { dimensions, data } = vectors;
  const sum = new Float32Array(dimensions);
  for (const word of words) {
    const rank = vectors.rank.get(word)!;
    const weight = Math.log(2 + rank);
    for (let d = 0, row = rank * dimensions; d < dimensions; d++) sum[d] += weight * data[row + d];
  }
  return sum;
}

/**
 * The text's vector, or null when none of its words is known. Words as the rest of the engine reads them
 * (`tokenize` of #text: "sea-level" is two words, "world's" is "world" and a clitic, which is skipped
 * like punctuation).
 */
export function textVector(vectors: WordVectors, text: string): Float32Array | null {
  return meanVector(vectors, knownWords(vectors, text));
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
 * New retrieval scores for BM25's candidates: (1 − weight − aligned) × BM25 / best BM25 + weight × cosine of
 * the mean vectors + aligned × word alignment. Without vectors, or for a claim none of whose words is known,
 * the BM25 scores come back unchanged.
 */
export function blendMeaning(
  vectors: WordVectors | null,
  claim: string,
  candidates: ReadonlyArray<{ text: string; retrieval: number }>,
  weight = MEANING.weight,
  aligned = MEANING.alignment,
): number[] {
  const claimWords = vectors ? knownWords(vectors, claim) : [];
  const query = vectors && meanVector(vectors, claimWords);
  const best = Math.max(0, ...candidates.map((c) => c.retrieval));
  if (!vectors || !query || best <= 0) return candidates.map((c) => c.retrieval);
  const words = candidates.map((c) => knownWords(vectors, c.text));
  const alignments = aligned > 0 ? alignWords(vectors, claimWords, words) : candidates.map(() => 0);
  return candidates.map((c, i) => {
    const passage = meanVector(vectors, words[i]);
    return (1 - weight - aligned) * (c.retrieval / best) + weight * (passage ? cosine(query, passage) : 0) + aligned * alignments[i];
  });
}
