import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { PassageIndex } from '../../apps/api/src/evidence/passage-index.js';

/**
 * A large, realistic corpus made from the seed reports: their sentences reshuffled into ~5 KB
 * articles with the numbers, dates, nationalities and agencies varied, so no two articles share a
 * text and the text indexes see a believable vocabulary. Rows go in with set-based
 * `INSERT … SELECT FROM unnest(…)` per batch, not through HTTP, so a million claims take minutes.
 *
 * addArticles writes, per article: the article, one revision (cleaned text = original, no edits),
 * one passage per sentence with its BM25 postings (what evidence is retrieved from), `claimsPerArticle` extracted claims
 * anchored to sentence spans, one `claim.created` audit event per claim (chained by the database
 * trigger, as the API's are) and a fresh `claim_evidence` row per claim (stored, empty), as every
 * claim the API creates has. It can be called again to grow the corpus (articles from..to are
 * deterministic, so a grown corpus equals one built in one go). addStandaloneClaims adds claims an
 * editor typed (a speech, a post: no article), the bulk of a desk's claims. decideShare gives a
 * share of the claims a verdict, spread over the past year.
 */
export interface ArticleOptions {
  /** Articles numbered from+1 … to are written. */
  from: number;
  to: number;
  claimsPerArticle: number;
  batch?: number;
}

export interface CorpusStats {
  articles: number;
  passages: number;
  claims: number;
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

/** A seed sentence with its numbers, months, nationalities and agencies varied. */
export function varySentence(sentence: string, rand: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  return sentence
    .replace(/\b\d{1,3}(,\d{3})*\b/g, () => String(1 + Math.floor(rand() * 5000)))
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, () => pick(MONTHS))
    .replace(/\b(Belgian|French|Dutch|Canadian|American|Bulgarian|Romanian)\b/g, () => pick(NATIONALITIES))
    .replace(/\bEuropol\b/g, () => pick(AGENCIES));
}

/** One ~`bytes`-long article of varied seed sentences. */
export function generateArticle(sentences: string[], rand: () => number, n: number, bytes = 5_000): GeneratedArticle {
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const year = 2015 + Math.floor(rand() * 11);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const vary = (s: string) => varySentence(s, rand);
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

const emptyStats = (): CorpusStats => ({ articles: 0, passages: 0, claims: 0, auditEvents: 0, textBytes: 0, seconds: 0 });

export function addStats(a: CorpusStats, b: CorpusStats): CorpusStats {
  return { articles: a.articles + b.articles, passages: a.passages + b.passages, claims: a.claims + b.claims, auditEvents: a.auditEvents + b.auditEvents, textBytes: a.textBytes + b.textBytes, seconds: a.seconds + b.seconds };
}

/** Inserts claims with their audit events and stored-evidence rows in one statement; returns the audit events written. */
async function insertClaims(client: pg.Client, c: ClaimColumns): Promise<number> {
  const inserted = await client.query<{ n: number }>(
    `WITH c AS (
       INSERT INTO claim (article_id, revision_id, start_offset, end_offset, text, prefix, suffix, claimed_on, kind, kinds, score, signals, origin, status, version, created_by)
       SELECT article_id, revision_id, s, e, t, p, x, d, k, ARRAY[k], score, '[]', o, 'open', 1, $12
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::real[], $11::text[])
              AS u(article_id, revision_id, s, e, t, p, x, d, k, score, o)
       RETURNING id, article_id, revision_id, start_offset, end_offset, text, kind, origin, version
     ), evidence AS (
       -- Every claim the API creates gets a claim_evidence row; these count as computed and fresh.
       INSERT INTO claim_evidence (claim_id, stale, generation, computed_at, evidence, suggestion, source_article_ids)
       SELECT id, false, 1, now(), '[]', '{"verdict":"unsupported","confidence":0,"rationale":["No passage of another article bears on this claim yet."]}', '{}' FROM c
     ), audit AS (
       INSERT INTO audit_event (actor, action, entity_type, entity_id, after)
       SELECT $12, 'claim.created', 'claim', id::text,
              jsonb_build_object('articleId', article_id, 'revisionId', revision_id, 'start', start_offset, 'end', end_offset, 'text', text, 'kind', kind, 'origin', origin, 'status', 'open', 'version', version)
         FROM c
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM audit`,
    [c.articleIds, c.revisionIds, c.starts, c.ends, c.texts, c.prefixes, c.suffixes, c.dates, c.kinds, c.scores, c.origins, ACTOR],
  );
  return inserted.rows[0].n;
}

interface ClaimColumns {
  articleIds: Array<string | null>;
  revisionIds: Array<string | null>;
  starts: Array<number | null>;
  ends: Array<number | null>;
  texts: string[];
  prefixes: Array<string | null>;
  suffixes: Array<string | null>;
  dates: Array<string | null>;
  kinds: string[];
  scores: number[];
  origins: string[];
}

const claimColumns = (): ClaimColumns => ({ articleIds: [], revisionIds: [], starts: [], ends: [], texts: [], prefixes: [], suffixes: [], dates: [], kinds: [], scores: [], origins: [] });

/** Writes articles from+1 … to (see the file comment), in `client`'s database, whose schema the API has already migrated. */
export async function addArticles(client: pg.Client, sentences: string[], options: ArticleOptions, log: (line: string) => void = () => {}): Promise<CorpusStats> {
  const started = performance.now();
  const batch = options.batch ?? 500;
  const stats = emptyStats();
  for (let from = options.from; from < options.to; from += batch) {
    const size = Math.min(batch, options.to - from);
    // Seeded by position, so growing 1k → 10k writes the same articles as building 10k at once.
    const rand = prng(20_260_722 + from);
    const a = { ids: [] as string[], titles: [] as string[], outlets: [] as string[], authors: [] as string[], dates: [] as string[], urls: [] as string[] };
    const r = { ids: [] as string[], articleIds: [] as string[], texts: [] as string[], hashes: [] as string[] };
    const p = { articleIds: [] as string[], revisionIds: [] as string[], starts: [] as number[], ends: [] as number[], texts: [] as string[] };
    const c = claimColumns();
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
      stats.textBytes += Buffer.byteLength(article.text);
      for (const span of article.spans) {
        p.articleIds.push(articleId);
        p.revisionIds.push(revisionId);
        p.starts.push(span.start);
        p.ends.push(span.end);
        p.texts.push(article.text.slice(span.start, span.end));
      }
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
        c.dates.push(null);
        c.kinds.push(rand() < 0.6 ? 'quantity' : 'event');
        c.scores.push(Math.round(rand() * 1000) / 1000);
        c.origins.push('extracted');
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
    await client.query(
      `INSERT INTO passage (article_id, revision_id, start_offset, end_offset, text)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[])`,
      [p.articleIds, p.revisionIds, p.starts, p.ends, p.texts],
    );
    // The BM25 postings and statistics, as ingest writes them, so computed evidence runs the real retrieval.
    await PassageIndex.indexArticles((sql, params) => client.query(sql, params), a.ids);
    stats.auditEvents += await insertClaims(client, c);
    await client.query('COMMIT');
    stats.articles += size;
    stats.passages += p.texts.length;
    stats.claims += c.texts.length;
    if (((from - options.from) / batch) % 10 === 0) log(`corpus: article ${from + size} of ${options.to}, ${stats.claims} claims, ${stats.passages} passages (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await client.query('ANALYZE');
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

/** Claims an editor typed, not anchored in any article: varied seed sentences with the date they were made. */
export async function addStandaloneClaims(client: pg.Client, sentences: string[], count: number, log: (line: string) => void = () => {}, batch = 5_000): Promise<CorpusStats> {
  const started = performance.now();
  const stats = emptyStats();
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    const rand = prng(31_415_926 + done);
    const c = claimColumns();
    for (let i = 0; i < size; i++) {
      c.articleIds.push(null);
      c.revisionIds.push(null);
      c.starts.push(null);
      c.ends.push(null);
      c.texts.push(varySentence(sentences[Math.floor(rand() * sentences.length)], rand));
      c.prefixes.push(null);
      c.suffixes.push(null);
      c.dates.push(`${2015 + Math.floor(rand() * 11)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`);
      c.kinds.push(rand() < 0.6 ? 'quantity' : 'event');
      c.scores.push(Math.round(rand() * 1000) / 1000);
      c.origins.push('editor');
    }
    await client.query('BEGIN');
    stats.auditEvents += await insertClaims(client, c);
    await client.query('COMMIT');
    stats.claims += size;
    if ((done / batch) % 20 === 0) log(`corpus: ${done + size} of ${count} standalone claims (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await client.query('ANALYZE');
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

/**
 * Decides a share of the corpus's open claims in one statement: a verdict row each, the claim pointing
 * at it with its version bumped. The decisions are spread over the year before now, as a desk makes
 * them (half unsupported, 30 % verified, 20 % disputed, by eight editors, each claim created 0 to
 * ~3.5 days before its verdict), so the overview's period queries (GET /stats) meet realistic rows.
 * Decisions have no citations: what the API requires of a verdict is not what the overview counts.
 */
export async function decideShare(client: pg.Client, share: number): Promise<number> {
  const decided = await client.query<{ n: number }>(
    `WITH picked AS (
       SELECT id, version, abs(hashtextextended(id::text, 1)) AS h
         FROM claim WHERE created_by = $1 AND status = 'open' AND abs(hashtextextended(id::text, 0) % 1000) < $2
     ), spread AS (
       SELECT p.id, p.version, a.outlet,
              now() - make_interval(secs => h % 31536000) AS decided_at,
              CASE WHEN (h / 31536000) % 10 < 5 THEN 'unsupported' WHEN (h / 31536000) % 10 < 8 THEN 'verified' ELSE 'disputed' END AS verdict,
              'scale editor ' || ((h / 315360000) % 8 + 1) AS editor,
              make_interval(secs => power((h / 2522880000) % 100, 2) * 30) AS wait
         FROM picked p JOIN claim c ON c.id = p.id LEFT JOIN article a ON a.id = c.article_id
     ), v AS (
       INSERT INTO verdict (claim_id, verdict, note, claim_version, decided_by, decided_at, claim_created_at, outlet)
       SELECT id, verdict, 'Scale corpus decision.', version + 1, editor, decided_at, decided_at - wait, outlet FROM spread
       RETURNING id, claim_id, verdict, claim_created_at
     ), u AS (
       UPDATE claim c SET status = v.verdict, current_verdict_id = v.id, version = c.version + 1, created_at = v.claim_created_at
         FROM v WHERE c.id = v.claim_id RETURNING 1
     )
     SELECT count(*)::int AS n FROM u`,
    [ACTOR, Math.round(share * 1000)],
  );
  await client.query('ANALYZE');
  return decided.rows[0].n;
}
