import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { FactdeskRequest } from './request-context.js';
import { PROBLEMS, ProblemError, problemType, type ProblemBody, type ProblemCode } from './problem.js';
import { sqlState } from './transaction.js';

const STATUS_CODES: Partial<Record<number, ProblemCode>> = {
  400: 'validation-failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  428: 'precondition-required',
  429: 'too-many-requests',
  503: 'database-unavailable',
};

/** PostgreSQL error classes that mean "the server is not there right now", not "your input is wrong". */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** The one place errors become HTTP: RFC 9457 problem+json, never internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FactdeskRequest>(), http.getResponse<Response>());
  }
}

const logger = new Logger('Problem');

/** Also used by the Express error handler that catches body-parser errors before Nest routing. */
export function sendProblem(exception: unknown, request: FactdeskRequest, response: Response): void {
  const body = toProblem(exception);
  body.instance = withoutSecrets(request.originalUrl ?? request.url);
  if (request.requestId) body.requestId = request.requestId;
  if (body.status >= 500) {
    logger.error({ requestId: request.requestId, path: body.instance, err: exception }, (exception as Error)?.stack ?? String(exception));
  }
  if (response.headersSent) return;
  const retryAfter = retryAfterOf(exception, response, body.status);
  if (retryAfter) response.setHeader('Retry-After', retryAfter);
  // RFC 9110 §15.5.2 / RFC 6750: a 401 names the scheme that would be accepted.
  if (body.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="factdesk"');
  // Also on a public route whose success is cacheable: an error is not.
  response.setHeader('Cache-Control', 'private, no-store');
  response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/** The problem+json body an error would get, for per-item results of bulk operations. */
export function problemBodyOf(exception: unknown): ProblemBody {
  return toProblem(exception);
}

function toProblem(exception: unknown): ProblemBody {
  if (exception instanceof ProblemError) {
    const { retryAfter: _retryAfter, ...extra } = exception.extra;
    return { ...make(exception.code, exception.detail), ...extra };
  }
  const bodyParserType = (exception as { type?: string })?.type;
  if (bodyParserType === 'entity.parse.failed') return make('malformed-json', 'The request body could not be parsed as JSON.');
  if (bodyParserType === 'entity.too.large') {
    const limit = (exception as { limit?: number }).limit;
    return make('payload-too-large', `The request body exceeds the limit of ${limit} bytes.`);
  }
  if (bodyParserType === 'encoding.unsupported' || bodyParserType === 'charset.unsupported') {
    return make('unsupported-media-type', 'The request body must be UTF-8 JSON.');
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal' : 'validation-failed');
    const res = exception.getResponse();
    const message = typeof res === 'string' ? res : (res as { message?: string | string[] }).message;
    const detail = Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
    return { ...make(code, detail), status };
  }
  const storage = storageProblem(exception);
  if (storage) return storage;
  if (isUnavailable(exception)) {
    return make('database-unavailable', 'The database cannot be reached right now; retry shortly.');
  }
  // Still losing a race after the transaction's retries: nothing was written; the client may retry.
  const state = sqlState(exception);
  if (state === '23505' || state === '40001' || state === '40P01') {
    return make('conflict', 'The request collided with a concurrent change and was not applied; retry it.');
  }
  const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { ...make(STATUS_CODES[status] ?? 'validation-failed', (exception as Error).message ?? 'Bad request'), status };
  }
  return make('internal', 'An unexpected error occurred. It has been logged with the request id.');
}

/** Seconds a client should wait: the limiter's block time for 429, a short pause for an unavailable database. */
function retryAfterOf(exception: unknown, response: Response, status: number): string | undefined {
  if (status === 503) return '5';
  if (status !== 429) return undefined;
  if (exception instanceof ProblemError && typeof exception.extra.retryAfter === 'number') return String(exception.extra.retryAfter);
  const named = ['Retry-After-token', 'Retry-After-ip'].map((h) => response.getHeader(h)).find((v) => v !== undefined);
  return String(named ?? 60);
}

function make(code: ProblemCode, detail: string): ProblemBody {
  const { status, title } = PROBLEMS[code];
  return { type: problemType(code), title, status, detail };
}

/**
 * The database's disk refusing writes. 503 rather than 507: every operation already documents 503
 * with Retry-After, clients and proxies retry it, and the server recovers by itself once space or
 * permission is back. PostgreSQL reports EACCES and EROFS on its files as 42501.
 */
function storageProblem(exception: unknown): ProblemBody | undefined {
  const state = sqlState(exception);
  const message = (exception as Error)?.message ?? '';
  if (state === '53100' || state === 'ENOSPC') {
    return make('disk-full', 'The disk holding the database is full, so nothing was written. Reads still work; free some space and retry: Factdesk recovers by itself.');
  }
  const fileError = /could not (create|open|write|extend|fsync|rename|truncate)[^"]*(file|directory)/i.test(message);
  if (state === '42501' && fileError) {
    return make('storage-read-only', 'The database cannot write its files (permission denied or a read-only file system), so nothing was written. Reads still work; restore write access and retry: Factdesk recovers by itself.');
  }
  return undefined;
}

function isUnavailable(exception: unknown): boolean {
  const code = sqlState(exception);
  if (code && UNAVAILABLE_ERRNO.has(code)) return true;
  const message = (exception as Error)?.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** `?access_token=` carries a bearer secret (EventSource cannot send headers): never echo or log it. */
function withoutSecrets(url: string): string {
  return url.replace(/([?&]access_token=)[^&#]*/gi, '$1[redacted]');
}
