import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

/**
 * A large, realistic corpus made from the seed reports: their sentences reshuffled into ~5 KB
 * articles with the numbers, dates, nationalities and agencies varied, so no two articles share a
 * text and the claim text index sees a believable vocabulary. Rows go in with set-based
 * `INSERT … SELECT FROM unnest(…)` per batch, not through HTTP, so a million claims take minutes.
 *
 * What it writes per article: the article, one revision (cleaned text = original, no edits),
 * `claimsPerArticle` extracted claims anchored to sentence spans, and one `claim.created` audit
 * event per claim (chained by the database trigger, as the API's are), and a fresh `claim_evidence`
 * row per claim (stored evidence, empty), as every claim the API creates has. Afterwards `decidedShare` of
 * the claims get an `unsupported` verdict (no citations, which that verdict allows). It writes no
 * passages: the figures it serves (claim lists, verdicts, ingest) do not read other articles' passages.
 */
export interface CorpusOptions {
  articles: number;
  claimsPerArticle: number;
  decidedShare: number;
  batch?: number;
}

export interface CorpusStats {
  articles: number;
  claims: number;
  decided: number;
  auditEvents: number;
  textBytes: number;
  seconds: number;
}

const ACTOR = 'scale corpus';
const NATIONALITIES = ['Belgian', 'French', 'Dutch', 'German', 'Spanish', 'Italian', 'Polish', 'Romanian', 'Canadian', 'American', 'Bulgarian', 'Portuguese'];
const AGENCIES = ['Europol', 'Eurojust', 'Interpol', 'the FBI', 'the Guardia Civil', 'the Bundeskriminalamt', 'the Gendarmerie', 'the National Crime Agency'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CITIES = ['Brussels', 'The Hague', 'Madrid', 'Lyon', 'Bucharest', 'Sofia', 'Lisbon', 'Toronto', 'Warsaw', 'Rotterdam', 'Milan', 'Hamburg'];
const OUTLETS = ['The Ledger', 'Daily Courier', 'Evening Post', 'Northern Herald', 'Wire Service', 'Metro Times'];
const PEOPLE = ['Ana Ruiz', 'Tom Becker', 'Mira Novak', 'Luc Martin', 'Sara Jansen', 'Piotr Zielinski', 'Ioana Pop', 'Chris Walker'];

/** A small deterministic PRNG (mulberry32), so the same options build the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed reports' sentences, the raw material of every generated article. */
export function seedSentences(seedsDir: string): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, file), 'utf8').replace(/\s+/g, ' ');
    for (const s of text.split(/(?<=[.!?’”])\s+(?=[A-Z“‘"])/)) {
      const t = s.trim();
      if (t.length >= 40 && t.length <= 400) sentences.push(t);
    }
  }
  if (sentences.length < 20) throw new Error(`only ${sentences.length} usable sentences in ${seedsDir}`);
  return sentences;
}

export interface GeneratedArticle {
  title: string;
  outlet: string;
  author: string;
  publishedOn: string;
  text: string;
  /** Sentence spans in `text`, UTF-16 offsets, end exclusive. */
  spans: Array<{ start: number; end: number }>;
}

/** One ~`bytes`-long article of varied seed sentences. */
export function generateArticle(sentences: string[], rand: () => number, n: number, bytes = 5_000): GeneratedArticle {
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const year = 2015 + Math.floor(rand() * 11);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const vary = (s: string) =>
    s
      .replace(/\b\d{1,3}(,\d{3})*\b/g, () => String(1 + Math.floor(rand() * 5000)))
      .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, () => pick(MONTHS))
      .replace(/\b(Belgian|French|Dutch|Canadian|American|Bulgarian|Romanian)\b/g, () => pick(NATIONALITIES))
      .replace(/\bEuropol\b/g, () => pick(AGENCIES));
  const lead = `Officials in ${pick(CITIES)} said on ${day} ${MONTHS[month]} ${year} that ${pick(AGENCIES)} had coordinated operation ${n} with ${2 + Math.floor(rand() * 20)} partner agencies.`;
  let text = '';
  const spans: Array<{ start: number; end: number }> = [];
  let sentence = lead;
  for (let i = 0; text.length < bytes; i++) {
    if (text.length > 0) text += i % 4 === 0 ? '\n\n' : ' ';
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
    sentence = vary(pick(sentences));
  }
  return {
    title: `${pick(AGENCIES).replace(/^the /, '')} operation ${n}: ${pick(CITIES)} ${year}`.replace(/^./, (c) => c.toUpperCase()),
    outlet: pick(OUTLETS),
    author: pick(PEOPLE),
    publishedOn: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    text,
    spans,
  };
}

/** Builds the corpus in `client`'s database, whose schema the API has already migrated. */
export async function buildCorpus(client: pg.Client, sentences: string[], options: CorpusOptions, log: (line: string) => void = () => {}): Promise<CorpusStats> {
  const started = performance.now();
  const batch = options.batch ?? 500;
  const rand = prng(20_260_722);
  let claims = 0;
  let auditEvents = 0;
  let textBytes = 0;
  for (let from = 0; from < options.articles; from += batch) {
    const size = Math.min(batch, options.articles - from);
    const a = { ids: [] as string[], titles: [] as string[], outlets: [] as string[], authors: [] as string[], dates: [] as string[], urls: [] as string[] };
    const r = { ids: [] as string[], articleIds: [] as string[], texts: [] as string[], hashes: [] as string[] };
    const c = { articleIds: [] as string[], revisionIds: [] as string[], starts: [] as number[], ends: [] as number[], texts: [] as string[], prefixes: [] as string[], suffixes: [] as string[], kinds: [] as string[], scores: [] as number[] };
    for (let i = 0; i < size; i++) {
      const n = from + i + 1;
      const article = generateArticle(sentences, rand, n);
      const articleId = randomUUID();
      const revisionId = randomUUID();
      a.ids.push(articleId);
      a.titles.push(article.title);
      a.outlets.push(article.outlet);
      a.authors.push(article.author);
      a.dates.push(article.publishedOn);
      a.urls.push(`https://scale.example/${n}`);
      r.ids.push(revisionId);
      r.articleIds.push(articleId);
      r.texts.push(article.text);
      r.hashes.push(createHash('sha256').update(article.text, 'utf8').digest('hex'));
      textBytes += Buffer.byteLength(article.text);
      // Evenly spread over the article, so claims are distinct spans (uq_claim_span).
      const step = Math.max(1, Math.floor(article.spans.length / options.claimsPerArticle));
      for (let k = 0; k < options.claimsPerArticle && k * step < article.spans.length; k++) {
        const span = article.spans[k * step];
        c.articleIds.push(articleId);
        c.revisionIds.push(revisionId);
        c.starts.push(span.start);
        c.ends.push(span.end);
        c.texts.push(article.text.slice(span.start, span.end));
        c.prefixes.push(article.text.slice(Math.max(0, span.start - 32), span.start));
        c.suffixes.push(article.text.slice(span.end, span.end + 32));
        c.kinds.push(rand() < 0.6 ? 'quantity' : 'event');
        c.scores.push(Math.round(rand() * 1000) / 1000);
      }
    }
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO article (id, title, outlet, author, published_on, url)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])`,
      [a.ids, a.titles, a.outlets, a.authors, a.dates, a.urls],
    );
    await client.query(
      `INSERT INTO revision (id, article_id, number, format, original, source_text, text, content_hash, edits, segments, restored, created_by)
       SELECT id, article_id, 1, 'text', t, t, t, h, '[]', '[]', '[]', $5 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(id, article_id, t, h)`,
      [r.ids, r.articleIds, r.texts, r.hashes, ACTOR],
    );
    await client.query(
      `UPDATE article a SET current_revision_id = u.revision_id, revision_count = 1
         FROM unnest($1::uuid[], $2::uuid[]) AS u(article_id, revision_id) WHERE a.id = u.article_id`,
      [r.articleIds, r.ids],
    );
    const inserted = await client.query<{ n: number }>(
      `WITH c AS (
         INSERT INTO claim (article_id, revision_id, start_offset, end_offset, text, prefix, suffix, kind, kinds, score, signals, origin, status, version, created_by)
         SELECT article_id, revision_id, s, e, t, p, x, k, ARRAY[k], score, '[]', 'extracted', 'open', 1, $10
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::real[]) AS u(article_id, revision_id, s, e, t, p, x, k, score)
         RETURNING id, article_id, revision_id, start_offset, end_offset, text, kind, version
       ), evidence AS (
         -- Every claim the API creates gets a claim_evidence row; these count as computed and fresh.
         INSERT INTO claim_evidence (claim_id, stale, generation, computed_at, evidence, source_article_ids)
         SELECT id, false, 1, now(), '[]', '{}' FROM c
       ), audit AS (
         INSERT INTO audit_event (actor, action, entity_type, entity_id, after)
         SELECT $10, 'claim.created', 'claim', id::text,
                jsonb_build_object('articleId', article_id, 'revisionId', revision_id, 'start', start_offset, 'end', end_offset, 'text', text, 'kind', kind, 'origin', 'extracted', 'status', 'open', 'version', version)
           FROM c
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM audit`,
      [c.articleIds, c.revisionIds, c.starts, c.ends, c.texts, c.prefixes, c.suffixes, c.kinds, c.scores, ACTOR],
    );
    await client.query('COMMIT');
    claims += c.texts.length;
    auditEvents += inserted.rows[0].n;
    if ((from / batch) % 10 === 0) log(`corpus: ${from + size} / ${options.articles} articles, ${claims} claims (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }

  // Decided claims in one statement: a verdict row each, the claim pointing at it with its version bumped.
  const decided = await client.query<{ n: number }>(
    `WITH picked AS (
       SELECT id, version FROM claim WHERE created_by = $1 AND abs(hashtextextended(id::text, 0) % 1000) < $2
     ), v AS (
       INSERT INTO verdict (claim_id, verdict, note, claim_version, decided_by)
       SELECT id, 'unsupported', 'Scale corpus decision.', version + 1, $1 FROM picked
       RETURNING id, claim_id
     ), u AS (
       UPDATE claim c SET status = 'unsupported', current_verdict_id = v.id, version = c.version + 1 FROM v WHERE c.id = v.claim_id RETURNING 1
     )
     SELECT count(*)::int AS n FROM u`,
    [ACTOR, Math.round(options.decidedShare * 1000)],
  );
  await client.query('ANALYZE');
  return { articles: options.articles, claims, decided: decided.rows[0].n, auditEvents, textBytes, seconds: (performance.now() - started) / 1000 };
}
