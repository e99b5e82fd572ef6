import { applyDecorators, Header, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { map, type Observable } from 'rxjs';

/**
 * The HTTP habits integrators expect of every route, kept in one place: compression, caching
 * headers and `Location` on 201.
 */

/** JSON (problem+json, ld+json too), CSV, NDJSON, Atom, HTML and the dashboard's scripts and styles. Not text/event-stream. */
const COMPRESSIBLE = /^(application\/([\w.-]+\+)?(json|xml|x-ndjson|javascript)|text\/(csv|html|plain|css|javascript))\b/;

/**
 * gzip or brotli above 1 KB, as the client's Accept-Encoding allows. The live event stream is never
 * compressed: a compressor holds small writes back until its buffer fills, and an event that waits
 * for more events is not live. Streamed exports stay streamed (the compressor passes `drain` on).
 */
export const compressResponses = compression({
  threshold: 1024,
  filter: (_req: Request, res: Response) => COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? '')),
});

/**
 * Authenticated answers must not be kept by a shared cache or the browser's disk; the public feeds
 * say otherwise with @PublicCache() on their routes (only on success: errors keep this).
 */
export function noStoreByDefault(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'private, no-store');
  next();
}

/** Public and the same for every reader: caches may keep it a minute (Express adds the ETag, and answers 304 to If-None-Match). Errors say no-store (sendProblem). */
export const PublicCache = () => applyDecorators(Header('Cache-Control', 'public, max-age=60'));

const LOCATION = 'factdesk:location';

/** Where the resource a 201 created lives, when it is not `<request path>/<body.id>`. */
export const CreatedLocation = <T>(locate: (body: T) => string) => SetMetadata(LOCATION, locate);

/** Sets `Location` on every 201, including a replayed one (it runs outside the Idempotency-Key replay). */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = ctx.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        // Nest sets the route's status before the handler runs; respond() and a replay change it.
        const id = (body as { id?: unknown } | undefined)?.id;
        if (res.statusCode !== 201 || res.headersSent || typeof id !== 'string') return body;
        const locate = Reflect.getMetadata(LOCATION, ctx.getHandler()) as ((body: unknown) => string) | undefined;
        res.setHeader('Location', locate ? locate(body) : `${req.originalUrl.split('?')[0].replace(/\/$/, '')}/${encodeURIComponent(id)}`);
        return body;
      }),
    );
  }
}
