import { applyDecorators, Injectable, Module, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Response } from 'express';
import { catchError, tap, type Observable } from 'rxjs';
import { APP_GUARD } from '@nestjs/core';
import { getStorageToken, SkipThrottle, ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail, type ThrottlerStorage } from '@nestjs/throttler';
import { Inject } from '@nestjs/common';
import { INGEST_BUDGET_EXTENSION, INGEST_BUDGET_HEADERS } from '../common/openapi-conventions.js';
import { ProblemError } from '../common/problem.js';
import type { FactdeskRequest } from '../common/request-context.js';
import { AppConfig } from '../config/app-config.js';
import type { Role } from './api-token.entity.js';

const MINUTE = 60_000;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const clientAddress = (req: FactdeskRequest) => req.ip ?? req.socket?.remoteAddress ?? 'unknown';

/**
 * Write limits per token and per client address. Registered after the AuthGuard, so the token is
 * known; reads are not limited here.
 */
@Injectable()
class WriteThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return READS.has(context.switchToHttp().getRequest<FactdeskRequest>().method);
  }

  /** A problem that says what the limit is and when to retry, not the library's exception name. */
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new ProblemError('too-many-requests', `More than ${detail.limit} writes in ${Math.round(detail.ttl / 1000)} s from this token or address. Retry after ${retryAfter} s; RATE_LIMIT_WRITES_* sets the limits.`, { retryAfter });
  }
}

/** Writes per minute a token of this role may make: its RATE_LIMIT_WRITES_<ROLE>, else RATE_LIMIT_WRITES_PER_TOKEN. */
function writeLimitFor(config: AppConfig, role: Role | undefined): number {
  const own = { viewer: config.RATE_LIMIT_WRITES_VIEWER, editor: config.RATE_LIMIT_WRITES_EDITOR, admin: config.RATE_LIMIT_WRITES_ADMIN }[role ?? 'viewer'];
  return own ?? config.RATE_LIMIT_WRITES_PER_TOKEN;
}

/**
 * The ingest budget: a batch (`POST /articles/batch`) counts its items, per token per minute, against
 * RATE_LIMIT_INGEST_ITEMS_PER_TOKEN instead of counting as that many writes. A batch that does not fit
 * in what is left of the minute is refused whole (429 with Retry-After), so nothing is half-loaded; one
 * larger than the whole budget is 413. The items are charged when the batch starts and given back when
 * no work was done for them: items refused by validation (400), and every item of a batch refused whole.
 * An interceptor on the route, not a guard: it runs after the Idempotency-Key check, so a replay
 * answered from the store is not charged again.
 * Like the write limits, the count is per process.
 */
@Injectable()
class IngestBudgetInterceptor implements NestInterceptor {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<FactdeskRequest>();
    const items = (req.body as { items?: unknown } | undefined)?.items;
    const count = Array.isArray(items) ? items.length : 0;
    const window = this.windowOf(req.actor?.tokenId ?? req.actor?.name ?? clientAddress(req));
    const limit = this.config.RATE_LIMIT_INGEST_ITEMS_PER_TOKEN;
    // What a client needs to pace itself, on every answer the budget counts or refuses (after a give-back, the new figure).
    const res = context.switchToHttp().getResponse<Response>();
    const secondsLeft = () => Math.ceil((window.start + MINUTE - Date.now()) / 1000);
    const tell = () => {
      res.setHeader(INGEST_BUDGET_HEADERS.limit, String(limit));
      res.setHeader(INGEST_BUDGET_HEADERS.remaining, String(Math.max(0, limit - window.used)));
      res.setHeader(INGEST_BUDGET_HEADERS.reset, String(Math.max(0, secondsLeft())));
    };
    tell();
    // No minute would make room for it: a 429 with Retry-After had the ingest CLI wait and resend in vain.
    if (count > limit) throw new ProblemError('payload-too-large', `This token may ingest ${limit} articles a minute (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN), fewer than the ${count} items of this batch; send smaller batches.`);
    if (window.used + count > limit) {
      const retryAfter = Math.max(1, secondsLeft());
      throw new ProblemError('too-many-requests', `This token may ingest ${limit} articles a minute; ${limit - window.used} are left in this minute. Retry after ${retryAfter} s.`, { retryAfter });
    }
    window.used += count;
    // A window that has ended since is not given anything back: its successor starts from nothing.
    const giveBack = (n: number) => {
      window.used = Math.max(0, window.used - n);
      tell();
    };
    return next.handle().pipe(
      tap((result) => giveBack(((result as { results?: Array<{ status: number }> } | undefined)?.results ?? []).filter((r) => r.status === 400).length)),
      catchError((error: unknown) => {
        giveBack(count);
        throw error;
      }),
    );
  }

  private windowOf(key: string): { start: number; used: number } {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= MINUTE) {
      window = { start: now, used: 0 };
      this.windows.set(key, window);
      for (const [k, w] of this.windows) if (now - w.start >= MINUTE) this.windows.delete(k);
    }
    return window;
  }
}

/**
 * The batch route's limiter: its items count against the ingest budget instead of the per-token write
 * limit (the per-address limit still applies), and its operation says so in openapi.json, where the
 * budget's headers are documented in place of the per-token ones.
 */
export const IngestBudget = () => applyDecorators(SkipThrottle({ token: true }), UseInterceptors(IngestBudgetInterceptor), ApiExtension(INGEST_BUDGET_EXTENSION, true));

/** Counts failed authentications per client address; past the limit the address gets 429 for a minute. */
@Injectable()
export class FailedAuthLimiter {
  constructor(
    @Inject(getStorageToken()) private readonly storage: ThrottlerStorage,
    private readonly config: AppConfig,
  ) {}

  async register(req: FactdeskRequest): Promise<void> {
    const record = await this.storage.increment(`failed-auth:${clientAddress(req)}`, MINUTE, this.config.RATE_LIMIT_FAILED_AUTH_PER_IP, MINUTE, 'failed-auth');
    if (record.isBlocked) {
      throw new ProblemError('too-many-requests', 'Too many failed authentications from this address; wait a minute.', { retryAfter: Math.max(1, record.timeToBlockExpire) });
    }
  }
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // One count per bucket and tracker: the library's default key adds the controller and handler, so each write route had a limit of its own.
        generateKey: (_context, tracker, bucket) => `${bucket}|${tracker}`,
        throttlers: [
          { name: 'token', ttl: MINUTE, limit: (context) => writeLimitFor(config, context.switchToHttp().getRequest<FactdeskRequest>().actor?.role), getTracker: (req) => `token:${(req as FactdeskRequest).actor?.tokenId ?? (req as FactdeskRequest).actor?.name ?? clientAddress(req as FactdeskRequest)}` },
          { name: 'ip', ttl: MINUTE, limit: config.RATE_LIMIT_WRITES_PER_IP, getTracker: (req) => `ip:${clientAddress(req as FactdeskRequest)}` },
        ],
      }),
    }),
  ],
  providers: [FailedAuthLimiter],
  exports: [FailedAuthLimiter, ThrottlerModule],
})
export class RateLimitsModule {}

/** The guard provider, listed after the AuthGuard so limits apply per authenticated token. */
export const WRITE_THROTTLER_GUARD = { provide: APP_GUARD, useClass: WriteThrottlerGuard };
