import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Environment variables Factdesk reads, validated once at boot. */
export class AppConfig {
  /** HTTP port. */
  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** A PostgreSQL server; when unset Factdesk runs on embedded PostgreSQL (PGlite) in DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded database keeps its files. */
  @IsString()
  DATA_DIR = './data';

  /** Accepted as an admin bearer token (for bootstrapping and automation). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_TOKEN must be at least 16 characters' })
  ADMIN_TOKEN?: string;

  /** Load the seed corpus on start (idempotent). */
  @Transform(({ value }) => (value === undefined ? true : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  SEED = true;

  /** Largest accepted request body, in bytes. */
  @Transform(({ value }) => (value === undefined ? 2_000_000 : Number(value)))
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 2_000_000;

  /** `json`: one JSON object a line (pino), for log shippers; `text`: Nest's coloured lines, for a terminal. */
  @IsIn(['json', 'text'])
  LOG_FORMAT: 'json' | 'text' = 'json';

  /** Largest accepted body for a batch (`POST /articles/batch`, up to 500 articles), in bytes. */
  @Transform(({ value }) => (value === undefined ? 32_000_000 : Number(value)))
  @IsInt()
  @Min(1024)
  BATCH_BODY_LIMIT_BYTES = 32_000_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Writes (POST, PUT, PATCH, DELETE) one token may make per minute. */
  @Transform(({ value }) => (value === undefined ? 300 : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_PER_TOKEN = 300;

  /** Writes per minute for a viewer token; unset: RATE_LIMIT_WRITES_PER_TOKEN. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_VIEWER?: number;

  /** Writes per minute for an editor token; unset: RATE_LIMIT_WRITES_PER_TOKEN. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_EDITOR?: number;

  /** Writes per minute for an admin token; unset: RATE_LIMIT_WRITES_PER_TOKEN. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_ADMIN?: number;

  /** Articles one token may send per minute through POST /articles/batch (the ingest budget, apart from the write limits). */
  @Transform(({ value }) => (value === undefined ? 20_000 : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_INGEST_ITEMS_PER_TOKEN = 20_000;

  /** Writes one client address may make per minute, whatever the token. */
  @Transform(({ value }) => (value === undefined ? 600 : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_PER_IP = 600;

  /** Failed authentications one client address may make per minute before it gets 429 for a minute. */
  @Transform(({ value }) => (value === undefined ? 20 : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_FAILED_AUTH_PER_IP = 20;

  /** The newsroom named as author of published ClaimReviews. */
  @IsString()
  @MinLength(1)
  NEWSROOM_NAME = 'Factdesk';

  /** The newsroom's web site, in published ClaimReviews. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'NEWSROOM_URL must be an http(s) URL' })
  NEWSROOM_URL?: string;

  /** The URL this API is reached at from outside, for links in ClaimReviews and feeds; default http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** Origins allowed to call the API from a browser (comma-separated); empty: same origin only. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /**
   * `host:port` pairs (comma-separated) that fetching an article by URL may reach even though they
   * resolve to a loopback, private or link-local address (an intranet CMS, a test server).
   */
  @IsOptional()
  @Matches(/^\s*[^\s,:]+:\d{1,5}\s*(?:,\s*[^\s,:]+:\d{1,5}\s*)*$/, { message: 'FETCH_ALLOWED_HOSTS must be comma-separated host:port pairs' })
  FETCH_ALLOWED_HOSTS?: string;

  /**
   * A decided verdict waits for a second editor's approval (POST /claims/{id}/review) before it can be
   * published; `false` for a one-person desk, where an editor decides and publishes alone.
   */
  // Strict: a mistyped value must stop the app rather than quietly publish unreviewed verdicts.
  @Transform(({ value }) => (value === undefined || value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean({ message: 'REVIEW_REQUIRED must be true or false' })
  REVIEW_REQUIRED = true;

  /** Recompute stale evidence in the background (off to leave it to other processes). */
  @Transform(({ value }) => (value === undefined ? true : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  EVIDENCE_WORKER = true;

  /** Deliver webhook events in the background in this process (off to leave it to other processes). */
  @Transform(({ value }) => (value === undefined ? true : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  WEBHOOK_WORKER = true;

  /** Wait before the first retry of a failed webhook delivery; each later retry waits twice as long (±20 %). */
  @Transform(({ value }) => (value === undefined ? 1000 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS = 1000;

  /** Attempts per webhook delivery before it is marked failed. */
  @Transform(({ value }) => (value === undefined ? 8 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(30)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** How long a webhook endpoint has to answer one attempt. */
  @Transform(({ value }) => (value === undefined ? 5000 : Number(value)))
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 5000;

  /**
   * API processes on this machine (node:cluster), each with its own pool and workers, sharing the
   * port; 1 runs in this process. More than 1 needs DATABASE_URL: the embedded database is one process.
   */
  @Transform(({ value }) => (value === undefined ? 1 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  /** Connections in the database pool (a PostgreSQL server; the embedded database always uses one). */
  @Transform(({ value }) => (value === undefined ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** How long SIGTERM may take (in-flight requests, closing the database) before the process exits anyway. */
  @Transform(({ value }) => (value === undefined ? 10_000 : Number(value)))
  @IsInt()
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;
}

const CONFIG_KEYS = ['PORT', 'DATABASE_URL', 'DATA_DIR', 'ADMIN_TOKEN', 'SEED', 'BODY_LIMIT_BYTES', 'BATCH_BODY_LIMIT_BYTES', 'LOG_LEVEL', 'DB_POOL_SIZE', 'EVIDENCE_WORKER', 'RATE_LIMIT_WRITES_PER_TOKEN', 'RATE_LIMIT_WRITES_VIEWER', 'RATE_LIMIT_WRITES_EDITOR', 'RATE_LIMIT_WRITES_ADMIN', 'RATE_LIMIT_INGEST_ITEMS_PER_TOKEN', 'RATE_LIMIT_WRITES_PER_IP', 'RATE_LIMIT_FAILED_AUTH_PER_IP', 'CORS_ORIGINS', 'FETCH_ALLOWED_HOSTS', 'NEWSROOM_NAME', 'NEWSROOM_URL', 'PUBLIC_URL', 'WEBHOOK_WORKER', 'WEBHOOK_RETRY_BASE_MS', 'WEBHOOK_MAX_ATTEMPTS', 'WEBHOOK_TIMEOUT_MS', 'API_PROCESSES', 'SHUTDOWN_TIMEOUT_MS', 'LOG_FORMAT', 'REVIEW_REQUIRED'] as const satisfies ReadonlyArray<keyof AppConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(CONFIG_KEYS.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} (got ${JSON.stringify(e.value)})`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (config.API_PROCESSES > 1 && !config.DATABASE_URL) {
    throw new Error('Invalid configuration:\n  API_PROCESSES: more than 1 needs DATABASE_URL (the embedded database serves one process)');
  }
  return config;
}

/** The external base URL, without a trailing slash. */
export const publicUrl = (config: AppConfig) => (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
