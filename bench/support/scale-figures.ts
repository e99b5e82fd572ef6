import type { CorpusStats } from './scale-corpus.js';

/* What the scale bench measures (bench/scale.bench.ts) and reports (scale-report.ts). */

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Mean response size, headers included. */
  bytes: number;
}

export interface ReadWrite {
  processes: number;
  readApi: Run;
  readBase: Run;
  writeApi: Run;
  writeBase: Run;
}

export interface EvidenceAtSize {
  articles: number;
  passages: number;
  claims: number;
  stored: { p50: number; p95: number; p99: number; n: number };
  computed: { p50: number; p95: number; max: number; n: number };
  fanout: { ms: number; marked: number };
}

export interface Depth {
  open: number;
  firstP50: number;
  deepP50: number;
  deepPosition: number;
}

export interface Ingest {
  articles: number;
  seconds: number;
  bytes: number;
  p50: number;
  max: number;
  errors: number;
  textMs: number;
  connections: number;
}

export interface OverviewFigures {
  verdicts: number;
  open: number;
  periods: Array<{ label: string; decisions: number; p50: number; p95: number; max: number }>;
  statements: Array<{ name: string; p50: number }>;
  page: Array<{ days: number; loadP50: number; loadMax: number; renderP50: number; renderMax: number }> | null;
  chromium: string | null;
}

/** Everything the `scale` section reports. */
export interface ScaleRun {
  corpus: CorpusStats;
  decided: number;
  pgVersion: string;
  load: number;
  single: ReadWrite;
  multi: ReadWrite;
  depth: Depth;
  ingestAlone: Ingest;
  ingestWithWorkers: Ingest;
  growth: EvidenceAtSize[];
  backlog: Record<'before' | 'queued' | 'after', { stale: number; changes: number }>;
  explain: string;
  chain: { valid: boolean; events: number };
  commit: string;
}
