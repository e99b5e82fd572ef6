import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';

/*
 * One declaration per variable: its property here, with its default as the initializer and its
 * rules as decorators. A variable that is not set keeps the default (class-transformer transforms
 * only the keys it is given); the keys read from the environment are the properties declared.
 */

/** An environment value is a string: a number for an integer setting. */
const integer = () => Transform(({ value }) => Number(value));
/** `true` or `1` switches a flag on; anything else off. */
const flag = () => Transform(({ value }) => value === true || value === 'true' || value === '1');

/** A name (`cms`, `127.0.0.1`) or an IPv6 address in brackets, as a URL writes it (`[::1]`), then a port if any. */
const HOST_ENTRY = /^(?:[^\s,:[\]]+|\[(?<ipv6>[^\]]*)\])(?::(?<port>\d{1,5}))?$/;

/** Why an allow-list entry could never match a URL's host, or undefined when it can. */
function hostEntryFault(entry: string, portRequired: boolean): string | undefined {
  const match = HOST_ENTRY.exec(entry);
  if (!match) return 'is not a host, host:port or [IPv6 address]:port';
  const { ipv6, port } = match.groups ?? {};
  if (port === undefined && portRequired) return 'has no port';
  if (ipv6 === undefined) return undefined;
  if (isIP(ipv6) !== 6 || !URL.canParse(`http://[${ipv6}]/`)) return 'is not an IPv6 address in brackets';
  // The address guard compares entries with the URL's host, which is always the address's shortest form.
  const canonical = new URL(`http://[${ipv6}]/`).hostname;
  return canonical === `[${ipv6.toLowerCase()}]` ? undefined : `is not how a URL writes that address: write ${canonical}${port === undefined ? '' : `:${port}`}`;
}

/** A comma-separated list of allow-list entries, each of which a URL's host could match. */
const HostList = (variable: string, entries: string, portRequired: boolean) => {
  const fault = (value: unknown) => {
    const list = typeof value === 'string' ? value.split(',').map((e) => e.trim()) : [String(value)];
    for (const entry of list) {
      const why = hostEntryFault(entry, portRequired);
      if (why) return `"${entry}" ${why}`;
    }
    return undefined;
  };
  return ValidateBy({
    name: 'hostList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && fault(value) === undefined,
      defaultMessage: (args) => `${variable} must be comma-separated ${entries}, an IPv6 address in brackets ([::1]:9000); ${fault(args?.value)}`,
    },
  });
};

/** Environment variables Factdesk reads, validated once at boot. */
export class AppConfig {
  /** HTTP port. */
  @integer()
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
  @flag()
  @IsBoolean()
  SEED = true;

  /** Largest accepted request body, in bytes. */
  @integer()
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 2_000_000;

  /** `json`: one JSON object a line (pino), for log shippers; `text`: Nest's coloured lines, for a terminal. */
  @IsIn(['json', 'text'])
  LOG_FORMAT: 'json' | 'text' = 'json';

  /** Largest accepted body for a batch (`POST /articles/batch`, up to 500 articles), in bytes. */
  @integer()
  @IsInt()
  @Min(1024)
  BATCH_BODY_LIMIT_BYTES = 32_000_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Writes (POST, PUT, PATCH, DELETE) one token may make per minute. */
  @integer()
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_PER_TOKEN = 300;

  /** Writes per minute for a viewer token; unset: RATE_LIMIT_WRITES_PER_TOKEN. */
  @IsOptional()
  @integer()
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_VIEWER?: number;

  /** Writes per minute for an editor token; unset: RATE_LIMIT_WRITES_PER_TOKEN. */
  @IsOptional()
  @integer()
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_EDITOR?: number;

  /** Writes per minute for an admin token; unset: RATE_LIMIT_WRITES_PER_TOKEN. */
  @IsOptional()
  @integer()
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_ADMIN?: number;

  /** Articles one token may send per minute through POST /articles/batch (the ingest budget, apart from the write limits). */
  @integer()
  @IsInt()
  @Min(1)
  RATE_LIMIT_INGEST_ITEMS_PER_TOKEN = 20_000;

  /** Writes one client address may make per minute, whatever the token. */
  @integer()
  @IsInt()
  @Min(1)
  RATE_LIMIT_WRITES_PER_IP = 600;

  /** Failed authentications one client address may make per minute before it gets 429 for a minute. */
  @integer()
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
   * `host:port` pairs (comma-separated; `[::1]:9000` for an IPv6 address) that fetching an article by URL
   * may reach even though they resolve to a loopback, private or link-local address (an intranet CMS, a test server).
   */
  @IsOptional()
  @HostList('FETCH_ALLOWED_HOSTS', 'host:port pairs', true)
  FETCH_ALLOWED_HOSTS?: string;

  /**
   * Hosts (comma-separated `host:port`, or `host` for any port; `[::1]:9000`, `[::1]` for an IPv6 address) that webhooks may be registered for and
   * delivered to although they resolve to a loopback, private or link-local address (a receiver on
   * the newsroom's own network). Everything else in those ranges is refused, at registration and at
   * every delivery, so an admin token cannot make Factdesk probe internal services.
   */
  @IsOptional()
  @HostList('WEBHOOK_ALLOWED_HOSTS', 'host or host:port entries', false)
  WEBHOOK_ALLOWED_HOSTS?: string;

  /**
   * A decided verdict waits for a second editor's approval (POST /claims/{id}/review) before it can be
   * published; `false` for a one-person desk, where an editor decides and publishes alone.
   */
  // Strict: a mistyped value must stop the app rather than quietly publish unreviewed verdicts.
  @Transform(({ value }) => (value === true || value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean({ message: 'REVIEW_REQUIRED must be true or false' })
  REVIEW_REQUIRED = true;

  /** Recompute stale evidence in the background (off to leave it to other processes). */
  @flag()
  @IsBoolean()
  EVIDENCE_WORKER = true;

  /** Deliver webhook events in the background in this process (off to leave it to other processes). */
  @flag()
  @IsBoolean()
  WEBHOOK_WORKER = true;

  /** Wait before the first retry of a failed webhook delivery; each later retry waits twice as long (±20 %). */
  @integer()
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS = 1000;

  /** Attempts per webhook delivery before it is marked failed. */
  @integer()
  @IsInt()
  @Min(1)
  @Max(30)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** How long a webhook endpoint has to answer one attempt. */
  @integer()
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 5000;

  /**
   * API processes on this machine (node:cluster), each with its own pool and workers, sharing the
   * port; 1 runs in this process. More than 1 needs DATABASE_URL: the embedded database is one process.
   */
  @integer()
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  /** Connections in the database pool (a PostgreSQL server; the embedded database always uses one). */
  @integer()
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** How long SIGTERM may take (in-flight requests, closing the database) before the process exits anyway. */
  @integer()
  @IsInt()
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;
}

/** Every property of AppConfig: each has at least one validation decorator. */
const CONFIG_KEYS = [...new Set(getMetadataStorage().getTargetValidationMetadatas(AppConfig, '', true, false).map((m) => m.propertyName))];

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
