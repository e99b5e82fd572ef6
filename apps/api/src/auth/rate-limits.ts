import { Injectable, Module, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { getStorageToken, ThrottlerGuard, ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import { Inject } from '@nestjs/common';
import { ProblemError } from '../common/problem.js';
import type { FactdeskRequest } from '../common/request-context.js';
import { AppConfig } from '../config/app-config.js';

const MINUTE = 60_000;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const clientAddress = (req: FactdeskRequest) => req.ip ?? req.socket?.remoteAddress ?? 'unknown';

/**
 * Write limits per token and per client address. Registered after the AuthGuard, so the token is
 * known; reads are not limited here.
 */
@Injectable()
export class WriteThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return READS.has(context.switchToHttp().getRequest<FactdeskRequest>().method);
  }
}

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
        throttlers: [
          { name: 'token', ttl: MINUTE, limit: config.RATE_LIMIT_WRITES_PER_TOKEN, getTracker: (req) => `token:${(req as FactdeskRequest).actor?.tokenId ?? (req as FactdeskRequest).actor?.name ?? clientAddress(req as FactdeskRequest)}` },
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
