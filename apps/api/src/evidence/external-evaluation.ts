import { readFileSync } from 'node:fs';

/**
 * Scoring Factdesk on outside data: CLIMATE-FEVER's claims and Wikipedia sentences
 * (../shared/eval/README.md). Everything here is independent of the engine it scores, so the
 * same figures can be computed for a plain BM25 over the same sentences in the same run.
 */
export interface ExternalRow {
  claim_id: string;
  claim: string;
  claim_label: 'SUPPORTS' | 'REFUTES' | 'NOT_ENOUGH_INFO' | 'DISPUTED';
  evidences: Array<{ evidence_id: string; evidence_label: string; article: string; evidence: string }>;
}

type Verdict = 'verified' | 'disputed' | 'unsupported';
const LABEL_VERDICT: Record<string, Verdict> = { SUPPORTS: 'verified', REFUTES: 'disputed', NOT_ENOUGH_INFO: 'unsupported' };

export function loadExternal(path: string, limit?: number): ExternalRow[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExternalRow);
  return limit ? rows.slice(0, limit) : rows;
}

/** One article per Wikipedia title, its sentences in index order. */
function externalCorpus(rows: ExternalRow[]): Array<{ title: string; sentences: Array<{ id: string; text: string }> }> {
  const byTitle = new Map<string, Map<string, { id: string; index: number; text: string }>>();
  for (const r of rows)
    for (const e of r.evidences) {
      const m = byTitle.get(e.article) ?? new Map();
      m.set(e.evidence_id, { id: e.evidence_id, index: Number(e.evidence_id.slice(e.evidence_id.lastIndexOf(':') + 1)), text: e.evidence });
      byTitle.set(e.article, m);
    }
  return [...byTitle].map(([title, m]) => ({ title, sentences: [...m.values()].sort((a, b) => a.index - b.index).map(({ id, text }) => ({ id, text })) }));
}

const scoredRows = (rows: ExternalRow[]) => rows.filter((r) => r.claim_label !== 'DISPUTED');
const goldEvidence = (r: ExternalRow) => new Set(r.evidences.filter((e) => e.evidence_label === 'SUPPORTS' || e.evidence_label === 'REFUTES').map((e) => e.evidence_id));

interface ExternalPrediction {
  claimId: string;
  verdict: Verdict;
  /** Evidence ids of the returned passages, best first (undefined for a passage no sentence matches). */
  evidence: Array<string | undefined>;
}

interface ExternalScores {
  claims: number;
  labelAccuracy: number;
  macroF1: number;
  recallAt5: number;
  recallClaims: number;
  wronglyDisputed: number;
  decisivePrecision: number;
  decisive: number;
  decisiveCorrect: number;
  confusion: Record<Verdict, Record<Verdict, number>>;
}

const VERDICTS: Verdict[] = ['verified', 'disputed', 'unsupported'];

function scoreExternal(rows: ExternalRow[], predictions: ExternalPrediction[]): ExternalScores {
  const byId = new Map(predictions.map((p) => [p.claimId, p]));
  const confusion = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as ExternalScores['confusion'];
  let n = 0, correct = 0, recallClaims = 0, recalled = 0, wrong = 0, decisive = 0, decisiveCorrect = 0;
  for (const r of scoredRows(rows)) {
    const p = byId.get(r.claim_id);
    if (!p) continue;
    n++;
    const label = LABEL_VERDICT[r.claim_label];
    confusion[label][p.verdict]++;
    if (p.verdict === label) correct++;
    if (p.verdict === 'disputed' && label !== 'disputed') wrong++;
    if (p.verdict !== 'unsupported') {
      decisive++;
      if (p.verdict === label) decisiveCorrect++;
    }
    const gold = goldEvidence(r);
    if (gold.size) {
      recallClaims++;
      if (p.evidence.slice(0, 5).some((id) => id !== undefined && gold.has(id))) recalled++;
    }
  }
  const f1s = VERDICTS.map((v) => {
    const tp = confusion[v][v];
    const predicted = VERDICTS.reduce((s, w) => s + confusion[w][v], 0);
    const actual = VERDICTS.reduce((s, w) => s + confusion[v][w], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  });
  return {
    claims: n,
    labelAccuracy: n ? correct / n : 0,
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    recallAt5: recallClaims ? recalled / recallClaims : 0,
    recallClaims,
    wronglyDisputed: n ? wrong / n : 0,
    decisivePrecision: decisive ? decisiveCorrect / decisive : 0,
    decisive,
    decisiveCorrect,
    confusion,
  };
}

/** Plain BM25 (k1 1.2, b 0.75) over already stemmed documents: the baseline the engine must beat. */
function bm25Baseline(docs: Array<{ id: string; terms: string[] }>, k1 = 1.2, b = 0.75) {
  const tf = docs.map((d) => {
    const m = new Map<string, number>();
    for (const t of d.terms) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of tf) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const avgdl = docs.reduce((s, d) => s + d.terms.length, 0) / Math.max(1, docs.length);
  const N = docs.length;
  return (query: string[], k = 5): string[] => {
    const q = [...new Set(query)];
    const scores = docs.map((d, i) => {
      let s = 0;
      for (const t of q) {
        const f = tf[i].get(t);
        if (!f) continue;
        const n = df.get(t)!;
        s += Math.log(1 + (N - n + 0.5) / (n + 0.5)) * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.terms.length) / avgdl)));
      }
      return { id: d.id, s };
    });
    return scores.filter((x) => x.s > 0).sort((a, b2) => b2.s - a.s).slice(0, k).map((x) => x.id);
  };
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

type Call = <T>(path: string, init?: RequestInit) => Promise<T>;
type Sql = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

export interface ExternalReport {
  engine: ExternalScores;
  bm25: { recallAt5: number; recallClaims: number };
  ingestSeconds: number;
  articles: number;
  sentences: number;
  /** Milliseconds: POST /claims, then GET /claims/:id/evidence (computed on read). */
  createMs: number[];
  evidenceMs: number[];
  /** Sentences the text pipeline did not keep as one passage (no passage matches them). */
  unmatchedPassages: number;
  predictions: Array<ExternalPrediction & { label: Verdict; rationale: string[]; confidence: number }>;
}

/**
 * Ingests the corpus through the API (POST /articles/batch, 200 a request), posts every non-DISPUTED
 * claim as a standalone claim, reads its evidence, and computes a plain BM25 over the same sentences
 * (stemmed by PostgreSQL's `english` configuration, as the engine is) in the same run.
 */
export async function evaluateExternal(call: Call, sql: Sql, rows: ExternalRow[]): Promise<ExternalReport> {
  const corpus = externalCorpus(rows);
  const started = performance.now();
  const articleTitle = new Map<string, string>();
  for (let i = 0; i < corpus.length; i += 200) {
    const chunk = corpus.slice(i, i + 200);
    const { results } = await call<{ results: Array<{ status: number; id?: string; problem?: { detail?: string } }> }>('/articles/batch', {
      method: 'POST',
      body: JSON.stringify({ items: chunk.map((a) => ({ content: a.sentences.map((s) => s.text).join('\n\n'), format: 'text', title: a.title, outlet: 'Wikipedia' })) }),
    });
    results.forEach((r, k) => {
      if (!r.id) throw new Error(`article ${chunk[k].title}: ${r.status} ${r.problem?.detail ?? ''}`);
      articleTitle.set(r.id, chunk[k].title);
    });
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  const sentencesOf = new Map(corpus.map((a) => [a.title, a.sentences.map((s) => ({ id: s.id, text: flat(s.text) }))]));
  let unmatchedPassages = 0;
  const evidenceId = (articleId: string, text: string): string | undefined => {
    const t = flat(text);
    const sentences = sentencesOf.get(articleTitle.get(articleId) ?? '') ?? [];
    const hit = sentences.find((s) => s.text === t) ?? sentences.find((s) => s.text.includes(t) || t.includes(s.text));
    if (!hit) unmatchedPassages++;
    return hit?.id;
  };

  const predictions: ExternalReport['predictions'] = [];
  const createMs: number[] = [];
  const evidenceMs: number[] = [];
  for (const r of scoredRows(rows)) {
    let t0 = performance.now();
    const claim = await call<{ id: string }>('/claims', { method: 'POST', body: JSON.stringify({ text: r.claim }) });
    createMs.push(performance.now() - t0);
    t0 = performance.now();
    const ev = await call<{ suggestion: { verdict: Verdict; confidence: number; rationale: string[] }; evidence: Array<{ articleId: string; text: string }> }>(`/claims/${claim.id}/evidence`);
    evidenceMs.push(performance.now() - t0);
    predictions.push({
      claimId: r.claim_id,
      verdict: ev.suggestion.verdict,
      confidence: ev.suggestion.confidence,
      rationale: ev.suggestion.rationale,
      label: LABEL_VERDICT[r.claim_label],
      evidence: ev.evidence.map((e) => evidenceId(e.articleId, e.text)),
    });
  }

  // The baseline: the same sentences, the same stemmer, BM25 k1 1.2 b 0.75, no title, no expansion.
  const sentences = corpus.flatMap((a) => a.sentences);
  const claims = scoredRows(rows);
  const lexemes = async (texts: string[]) =>
    ((await sql(
      `SELECT coalesce((SELECT array_agg(l.lexeme) FROM unnest(to_tsvector('english', t)) l, generate_series(1, array_length(l.positions, 1))), '{}') AS terms
         FROM unnest($1::text[]) WITH ORDINALITY u(t, n) ORDER BY n`,
      [texts],
    )) as Array<{ terms: string[] }>).map((r) => r.terms);
  const docTerms = await lexemes(sentences.map((s) => s.text));
  const claimTerms = await lexemes(claims.map((c) => c.claim));
  const search = bm25Baseline(sentences.map((s, k) => ({ id: s.id, terms: docTerms[k] })));
  let recallClaims = 0;
  let recalled = 0;
  claims.forEach((r, k) => {
    const gold = goldEvidence(r);
    if (!gold.size) return;
    recallClaims++;
    if (search(claimTerms[k]).some((id) => gold.has(id))) recalled++;
  });
  return {
    engine: scoreExternal(rows, predictions),
    bm25: { recallAt5: recallClaims ? recalled / recallClaims : 0, recallClaims },
    ingestSeconds,
    articles: corpus.length,
    sentences: sentences.length,
    createMs,
    evidenceMs,
    unmatchedPassages,
    predictions,
  };
}
