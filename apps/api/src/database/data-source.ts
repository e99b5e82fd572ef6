import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ApiToken } from '../auth/api-token.entity.js';
import { Article } from '../articles/article.entity.js';
import { Revision } from '../articles/revision.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Claim } from '../claims/claim.entity.js';
import { Citation, Verdict, VerdictReview } from '../claims/verdict.entity.js';
import { ClaimEvidence, Passage } from '../evidence/evidence.entity.js';
import { IdempotencyKey } from '../common/idempotency-key.entity.js';
import { Correction } from '../claims/correction.entity.js';
import { WebhookDelivery, WebhookEndpoint } from '../webhooks/webhook.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { InitialSchema1763800000000 } from './migrations/1763800000000-initial-schema.js';
import { EvidenceRetrieval1763900000000 } from './migrations/1763900000000-evidence-retrieval.js';
import { AuditHashChain1764000000000 } from './migrations/1764000000000-audit-hash-chain.js';
import { Webhooks1764100000000 } from './migrations/1764100000000-webhooks.js';
import { Publishing1764200000000 } from './migrations/1764200000000-publishing.js';
import { EvidenceSourceChanges1764300000000 } from './migrations/1764300000000-evidence-source-changes.js';
import { AuditNotify1764400000000 } from './migrations/1764400000000-audit-notify.js';
import { ScaleIndexes1764450000000 } from './migrations/1764450000000-scale-indexes.js';
import { RevisionContentHash1764613130000 } from './migrations/1764613130000-revision-content-hash.js';
import { RevisionPageFormat1764613140000 } from './migrations/1764613140000-revision-page-format.js';
import { FirstPublication1764712000000 } from './migrations/1764712000000-first-publication.js';
import { PassageTerms1765000000000 } from './migrations/1765000000000-passage-terms.js';
import { AuditChainHeadOnce1765100000000 } from './migrations/1765100000000-audit-chain-head-once.js';
import { ClaimQueueIndexes1765300000000 } from './migrations/1765300000000-claim-queue-indexes.js';
import { StatsIndexes1765300000001 } from './migrations/1765300000001-stats-indexes.js';
import { VerdictStatsColumns1765300000002 } from './migrations/1765300000002-verdict-stats-columns.js';
import { ArticleTitleTerms1765410000000 } from './migrations/1765410000000-article-title-terms.js';
import { ClaimComments1765500000000 } from './migrations/1765500000000-claim-comments.js';
import { AuditIdInCommitOrder1765600000000 } from './migrations/1765600000000-audit-id-in-commit-order.js';
import { AssignmentAndReview1765600000100 } from './migrations/1765600000100-assignment-and-review.js';
import { IngestIndexes1765600000200 } from './migrations/1765600000200-ingest-indexes.js';

const ENTITIES = [ApiToken, Article, Revision, Claim, Verdict, Citation, AuditEvent, Passage, ClaimEvidence, Correction, IdempotencyKey, WebhookEndpoint, WebhookDelivery, Comment, VerdictReview];
export const MIGRATIONS = [
  InitialSchema1763800000000,
  EvidenceRetrieval1763900000000,
  AuditHashChain1764000000000,
  Webhooks1764100000000,
  Publishing1764200000000,
  EvidenceSourceChanges1764300000000,
  AuditNotify1764400000000,
  ScaleIndexes1764450000000,
  RevisionContentHash1764613130000,
  RevisionPageFormat1764613140000,
  FirstPublication1764712000000,
  PassageTerms1765000000000,
  AuditChainHeadOnce1765100000000,
  ClaimQueueIndexes1765300000000,
  StatsIndexes1765300000001,
  VerdictStatsColumns1765300000002,
  ArticleTitleTerms1765410000000,
  ClaimComments1765500000000,
  AuditIdInCommitOrder1765600000000,
  AssignmentAndReview1765600000100,
  IngestIndexes1765600000200,
];

function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Fail fast when the server is gone, so requests answer 503 within seconds instead of hanging.
    // No JIT in our sessions: the retrieval statement's estimated cost passes jit_above_cost once the
    // corpus has ~10k articles, and a server with PostgreSQL's default jit = on then spends 2–3 s
    // compiling a statement that runs in ~0.1 s (BENCHMARKS.md, Scale). The embedded database has no JIT.
    extra: { max: poolSize, connectionTimeoutMillis: 3_000, query_timeout: 15_000, keepAlive: true, options: '-c jit=off' },
  };
}

/** Any fixed number: the advisory lock that lets one process at a time apply migrations. */
const MIGRATION_LOCK = 7_246_381_092;

/**
 * Opens a DataSource and brings its schema up to date with the committed migrations. On a server
 * shared by several processes (API_PROCESSES, replicas in a rollout) the migrations run under an
 * advisory lock held on a connection of its own, so one process applies them and the others, once
 * they get the lock, find them applied. The embedded database is one process and skips it.
 */
export async function openDataSource(url: string, poolSize: number, options: { shared: boolean } = { shared: true }): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, poolSize));
  await dataSource.initialize();
  const lock = options.shared ? new pg.Client({ connectionString: url }) : null;
  // A dropped connection rejects the pending query; without a listener its 'error' event would crash the process.
  lock?.on('error', () => undefined);
  try {
    await lock?.connect();
    await lock?.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock?.end().catch(() => undefined);
  }
  return dataSource;
}
