import { termGroups } from './lexicon.js';
import { synonyms } from './wordnet.js';

/**
 * What ranked retrieval (BM25 in PostgreSQL, apps/api/src/evidence/retrieval.ts) is asked
 * for one claim: texts with weights, stemmed by PostgreSQL's `english` configuration. The claim's
 * own words weigh 1; spellings of the same entity from the variant table slightly less; WordNet
 * synonyms of its content words (most frequent sense) well below them.
 */
export interface QueryTerm {
  t: string;
  w: number;
}

export const RETRIEVAL = {
  k1: 1.2,
  b: 0.75,
  /** A claim term missing from a passage but in its article's title counts as this many occurrences (BM25F-style title field). */
  titleTf: 2,
  /** Final score = BM25 × (IDF share of the claim's own terms matched) ^ coordination. */
  coordination: 0.5,
  variantWeight: 0.9,
  /** Measured on the outside dev set: synonyms lowered recall@5 at every weight tried (BENCHMARKS.md), so they are off by default. */
  synonymWeight: 0,
  /**
   * Postings read for each of the claim's rareTerms rarest own terms, best (shortest passages) first; every other
   * term (commoner ones, other forms; at most maxTerms in all) reads commonPostings. Reading is only how the pool
   * is found: the pool is then scored on every claim term from each passage's own lexemes, so a common term read
   * in part still counts wherever a pool passage has it. Measured (BENCHMARKS.md): recall@5 on the outside dev
   * set unchanged against 2,000 postings of every term, the statement ~3× faster on a 10,000-article corpus.
   */
  postingsPerTerm: 1_000,
  rareTerms: 8,
  commonPostings: 250,
  maxTerms: 32,
  /** Passages ranked by BM25 before the title field and coordination reorder them. */
  pool: 300,
  /** Passages of one article allowed in the top ten, so one long article cannot crowd out the others. */
  perArticle: 3,
};

export interface QueryOptions {
  synonymWeight?: number;
}

export function queryTerms(text: string, options: QueryOptions = {}): QueryTerm[] {
  const out: QueryTerm[] = [{ t: text, w: 1 }];
  const synonymWeight = options.synonymWeight ?? RETRIEVAL.synonymWeight;
  for (const g of termGroups(text)) {
    if (g.forms.length > 1) for (const f of g.forms.slice(1)) out.push({ t: f, w: RETRIEVAL.variantWeight });
    if (synonymWeight > 0 && g.kind === 'word') for (const s of synonyms(g.forms[0])) out.push({ t: s, w: synonymWeight });
  }
  return out;
}

/** Best first, at most `perArticle` passages of one article among the first `limit`; the rest follow in order. */
export function diversify<T extends { articleId: string }>(ranked: T[], limit = 10, perArticle = RETRIEVAL.perArticle): T[] {
  const head: T[] = [];
  const tail: T[] = [];
  const count = new Map<string, number>();
  for (const r of ranked) {
    const n = count.get(r.articleId) ?? 0;
    if (head.length < limit && n < perArticle) {
      head.push(r);
      count.set(r.articleId, n + 1);
    } else tail.push(r);
  }
  return [...head, ...tail];
}
