import { Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { FactdeskRequest } from '../common/request-context.js';
import { MetricsService, routeOf } from './metrics.service.js';

const logger = new Logger('HTTP');

/**
 * One log line and one metrics observation per finished response: request id, actor, route
 * template, status, latency. Registered first, so requests refused by body parsing count too. The
 * path is logged without its query string, which may carry `access_token`.
 */
export function observeRequests(app: INestApplication) {
  let metrics: MetricsService | undefined;
  return (req: FactdeskRequest, res: Response, next: NextFunction): void => {
    const started = performance.now();
    res.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(req);
      // Looked up on first use: the OpenAPI generator configures the app without instantiating it.
      metrics ??= app.get(MetricsService);
      metrics!.observe(req.method, route, res.statusCode, seconds);
      const actor = req.actor ? { name: req.actor.name, role: req.actor.role, tokenId: req.actor.tokenId } : null;
      logger.log({ msg: 'request', requestId: req.requestId, method: req.method, route, path: (req.originalUrl ?? req.url).split('?')[0], status: res.statusCode, latencyMs: Math.round(seconds * 10_000) / 10, actor });
    });
    next();
  };
}
