import { tokenize } from '#text';
import { isStopword } from './stopwords.js';
import type { WordVectors } from './word-vectors.js';

/**
 * Word alignment, BERTScore-like with static word vectors: each content word of the claim is matched
 * with the closest word of the passage (cosine of their vectors, 1 for the same word), and each word of
 * the passage with the closest word of the claim. Recall is the claim words' weighted mean of their best
 * matches, precision the passage words'; the score is their harmonic mean (F1). Unlike a mean vector,
 * which blurs a sentence into its topic, this rewards a passage that has a counterpart for each thing the
 * claim says ("warming" for "heating", "anthropogenic" for "man-made") and few words about other things.
 * A word weighs log(2 + its frequency rank)², a rare word far above a common one, no corpus statistics needed.
 */

/** Words of a text as the engine reads them (`tokenize` of #text, punctuation and clitics skipped) that the vocabulary knows, repeats kept. */
export function knownWords(vectors: WordVectors, text: string): string[] {
  const out: string[] = [];
  for (const { lower } of tokenize(text)) if (/^[\p{L}\p{N}]/u.test(lower) && vectors.rank.has(lower)) out.push(lower);
  return out;
}

const content = (words: readonly string[]) => [...new Set(words.filter((w) => !isStopword(w)))];

const weightOf = (vectors: WordVectors, word: string) => Math.log(2 + vectors.rank.get(word)!) ** 2;

/** Unit vector of a known word (the cache's rows are unit vectors scaled to signed bytes, not exactly unit). */
function unitVector(vectors: WordVectors, word: string): Float32Array {
  const { dimensions, data } = vectors;
  const row = vectors.rank.get(word)! * dimensions;
  const v = new Float32Array(dimensions);
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += (v[d] = data[row + d]) ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dimensions; d++) v[d] *= scale;
  return v;
}

/**
 * Alignment F1 of the claim against each passage, in [0, 1] (negative cosines count as 0); 0 for a
 * passage, or against a claim, without known content words. The claim's words are compared once with
 * each distinct word of all passages, so a hundred passages cost one small matrix.
 */
export function alignment(vectors: WordVectors, claim: string, passages: readonly string[]): number[] {
  return alignWords(vectors, knownWords(vectors, claim), passages.map((p) => knownWords(vectors, p)));
}

/** `alignment` over texts already read into words (`knownWords`). */
export function alignWords(vectors: WordVectors, claim: readonly string[], passages: ReadonlyArray<readonly string[]>): number[] {
  const claimWords = content(claim);
  const passageWords = passages.map(content);
  if (!claimWords.length) return passages.map(() => 0);
  const claimVectors = claimWords.map((w) => unitVector(vectors, w));
  const claimWeights = claimWords.map((w) => weightOf(vectors, w));
  const claimTotal = claimWeights.reduce((a, b) => a + b, 0);
  // word → its cosines with the claim's words, then its weight
  const similarities = new Map<string, Float32Array>();
  const { dimensions, data } = vectors;
  const against = (word: string): Float32Array => {
    let s = similarities.get(word);
    if (s) return s;
    s = new Float32Array(claimWords.length + 1);
    const row = vectors.rank.get(word)! * dimensions;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += data[row + d] * data[row + d];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < claimWords.length; i++) {
      const c = claimVectors[i];
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += c[d] * data[row + d];
      s[i] = claimWords[i] === word ? 1 : Math.max(0, dot * scale);
    }
    s[claimWords.length] = weightOf(vectors, word);
    similarities.set(word, s);
    return s;
  };
  const best = new Float32Array(claimWords.length);
  return passageWords.map((words) => {
    if (!words.length) return 0;
    best.fill(0);
    let precision = 0, passageTotal = 0;
    for (const word of words) {
      const s = against(word);
      let max = 0;
      for (let i = 0; i < claimWords.length; i++) {
        if (s[i] > best[i]) best[i] = s[i];
        if (s[i] > max) max = s[i];
      }
      const weight = s[claimWords.length];
      precision += weight * max;
      passageTotal += weight;
    }
    precision /= passageTotal;
    let recall = 0;
    for (let i = 0; i < best.length; i++) recall += claimWeights[i] * best[i];
    recall /= claimTotal;
    return recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  });
}
