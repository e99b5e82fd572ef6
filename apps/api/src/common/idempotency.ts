import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { ProblemError } from './problem.js';
import type { FactdeskRequest } from './request-context.js';

interface IdempotencyContext {
  principal: string;
  key: string;
  fingerprint: string;
  /** The key row was written inside a transaction that is still open or has committed. */
  claimed: boolean;
}

const context = new AsyncLocalStorage<IdempotencyContext>();
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Called at the start of every write transaction: the first one of a request that carries an
 * Idempotency-Key writes the key row, so the key commits (or rolls back) with the change itself.
 * True when this transaction wrote it.
 */
export async function claimIdempotencyKey(em: EntityManager): Promise<boolean> {
  const ctx = context.getStore();
  if (!ctx || ctx.claimed) return false;
  await em.insert(IdempotencyKey, { principal: ctx.principal, key: ctx.key, fingerprint: ctx.fingerprint, statusCode: null, response: null, etag: null });
  ctx.claimed = true;
  return true;
}

/**
 * The transaction that wrote the key rolled back, so a later transaction of the same request must
 * write it again. Only that transaction may release it: in a bulk request, an item that fails after
 * an earlier item committed the key must not make the next item write it twice (409).
 */
export function releaseIdempotencyClaim(): void {
  const ctx = context.getStore();
  if (ctx) ctx.claimed = false;
}

/**
 * Another request with this Idempotency-Key wrote it first (it is running, or has just completed):
 * nothing of this one may be written, so the request as a whole is a conflict to retry, in a batch too.
 */
export class IdempotencyKeyTaken extends ProblemError {
  constructor() {
    super('conflict', 'A request with this Idempotency-Key is being processed or just completed; retry to receive its response.');
  }
}

export function isIdempotencyKeyCollision(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; table?: string } })?.driverError;
  return driverError?.code === '23505' && driverError.table === 'idempotency_key';
}

const SECRET_RESPONSE = 'factdesk:secret-response';

/** The response carries a secret shown once: it is never stored, so a replay returns the body without it. */
export const SecretResponse = () => SetMetadata(SECRET_RESPONSE, true);

/** Marks a status a handler chose itself (201 or 200 for an idempotent create) so a replay repeats it. */
export function markStatus(res: Response): void {
  res.locals.statusChosen = true;
}

/**
 * `Idempotency-Key` on any POST: a retry with the same key and body gets the first response again and
 * changes nothing; the same key with a different body is refused.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FactdeskRequest>();
    const key = req.header('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next.handle();
    return from(this.handle(ctx, next, req, key));
  }

  private async handle(ctx: ExecutionContext, next: CallHandler, req: FactdeskRequest, key: string): Promise<unknown> {
    if (!KEY_PATTERN.test(key)) throw new ProblemError('validation-failed', 'Idempotency-Key must be 1–200 visible ASCII characters.');
    const res = ctx.switchToHttp().getResponse<Response>();
    const principal = req.actor?.tokenId ?? req.actor?.name ?? 'anonymous';
    const fingerprint = createHash('sha256').update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`).digest('hex');
    const repo = this.dataSource.getRepository(IdempotencyKey);

    const existing = await repo.findOneBy({ principal, key });
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw new ProblemError('idempotency-key-reused', 'This Idempotency-Key was used for a different request; use a new key for a new request.');
      }
      if (existing.statusCode === null) {
        throw new ProblemError('conflict', 'A request with this Idempotency-Key is still being processed; retry shortly to receive its response.');
      }
      res.status(existing.statusCode);
      res.setHeader('Idempotent-Replayed', 'true');
      if (existing.etag) res.setHeader('ETag', existing.etag);
      return existing.response ?? undefined;
    }

    const body = await context.run({ principal, key, fingerprint, claimed: false }, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    const explicit = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler());
    const statusCode = res.locals.statusChosen ? res.statusCode : (explicit ?? 201);
    const etag = res.getHeader('ETag');
    const stored = this.reflector.get<boolean | undefined>(SECRET_RESPONSE, ctx.getHandler()) ? withoutSecret(body) : body;
    await repo
      .createQueryBuilder()
      .insert()
      .values({ principal, key, fingerprint, statusCode, response: (stored ?? null) as object, etag: typeof etag === 'string' ? etag : null })
      .orUpdate(['status_code', 'response', 'etag'], ['principal', 'key'])
      .execute();
    return body;
  }
}

function withoutSecret(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const { secret: _secret, ...rest } = body as Record<string, unknown>;
  return rest;
}
