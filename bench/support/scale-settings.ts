import { availableParallelism } from 'node:os';

/** The scale bench's sizes and knobs, from the environment (see bench/scale.bench.ts). */
export const ROOT = process.cwd();
export const ARTICLES = Number(process.env.SCALE_ARTICLES ?? 10_000);
export const CLAIMS = Number(process.env.SCALE_CLAIMS ?? 1_000_000);
export const CLAIMS_PER_ARTICLE = 10;
export const GROWTH = (process.env.SCALE_GROWTH ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
export const SECONDS = Number(process.env.SCALE_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.SCALE_CONNECTIONS ?? 10);
export const CORES = availableParallelism();
export const EVIDENCE_SAMPLE = 40;

/** The dashboard's render budget (bench/dashboard.bench.ts), which the overview is held to from its request on. */
export const OVERVIEW_BUDGET_MS = 500;
export const OVERVIEW_PERIODS = [1, 7, 30, 90, 366];
export const OVERVIEW_PAGE_PERIODS = [7, 30, 90];
export const OVERVIEW_REQUESTS = 20;
export const OVERVIEW_PAGE_RUNS = 7;
