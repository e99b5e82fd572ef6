import { randomUUID } from 'node:crypto';
import { RequestMethod, ValidationPipe, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import express, { type NextFunction, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { AUDIT_PAYLOAD_MODELS, documentAuditChanges } from './audit/audit-openapi.js';
import { documentWebhookEvents } from './webhooks/webhook-openapi.js';
import { ProblemError } from './common/problem.js';
import { rejectUnstorableInput } from './common/json-guard.js';
import { batchBodyParsers, JSON_TYPES, NDJSON_TYPES } from './common/batch-body.js';
import { ProblemFilter, sendProblem } from './common/problem.filter.js';
import { JsonLogger } from './common/json-logger.js';
import { observeRequests } from './metrics/request-observer.js';
import type { FactdeskRequest } from './common/request-context.js';
import { serveDashboard } from './common/dashboard-static.js';
import { applyOpenApiConventions, EXPOSED_HEADERS } from './common/openapi-conventions.js';
import { compressResponses, noStoreByDefault } from './common/http-manners.js';
import type { AppConfig } from './config/app-config.js';

const API_PREFIX = 'api/v1';

const LOG_LEVELS: Record<AppConfig['LOG_LEVEL'], LogLevel[] | false> = {
  silent: false,
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bodyParser: false,
    // Let start-up errors (a locked data directory, an unreachable database) reach main() as one clear line.
    abortOnError: false,
    logger: options.logger === false ? false : config.LOG_FORMAT === 'json' ? new JsonLogger(config.LOG_LEVEL) : LOG_LEVELS[config.LOG_LEVEL],
  });
  configureApp(app, config);
  return app;
}

/** Everything about HTTP that is the same in production, tests and the OpenAPI generator. */
/** Routes that take many items in one body, as JSON or NDJSON, up to BATCH_BODY_LIMIT_BYTES. */
const BATCH_ROUTES = [`/${API_PREFIX}/articles/batch`];

export function configureApp(app: NestExpressApplication, config: Pick<AppConfig, 'BODY_LIMIT_BYTES' | 'BATCH_BODY_LIMIT_BYTES' | 'CORS_ORIGINS'>): OpenAPIObject {
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(observeRequests(app));
  // No upgrade-insecure-requests: the default run is plain http on localhost, and Swagger UI must load there.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(compressResponses);
  serveDashboard(app);
  app.use(noStoreByDefault);
  app.enableCors({
    origin: (config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  app.use(requireJson);
  app.use(BATCH_ROUTES, ...batchBodyParsers(config.BATCH_BODY_LIMIT_BYTES));
  // Every type requireJson lets through is parsed: a `+json` body (merge-patch, vnd.*) was accepted and then ignored.
  app.use(express.json({ limit: config.BODY_LIMIT_BYTES, strict: false, type: JSON_TYPES }));
  app.use(rejectUnstorableInput);
  // Body-parser errors happen before Nest routing, so they need their own problem+json handler.
  app.use((err: unknown, req: FactdeskRequest, res: Response, _next: NextFunction) => sendProblem(err, req, res));
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'problems', method: RequestMethod.GET },
      { path: 'problems/:code', method: RequestMethod.GET },
      { path: 'corrections.atom', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: 'reviews/:id', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => {
        const flat = flatten(errors);
        return new ProblemError('validation-failed', flat.map((e) => `${e.field}: ${e.messages.join('; ')}`).join('. '), { errors: flat });
      },
    }),
  );
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, () => document, { jsonDocumentUrl: 'docs-json', customSiteTitle: 'Factdesk API' });
  return document;
}

function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Factdesk API')
    .setDescription(
      'Editorial fact-checking: articles, claims anchored to exact spans of cleaned text, verdicts with citations, and an append-only audit trail. ' +
        'Offsets are UTF-16 code units of an article revision’s cleaned `text`, end exclusive. Every error is RFC 9457 problem+json; `type` is `/problems/<code>`.',
    )
    .setVersion('1.0.0')
    // Opaque tokens looked up in the database, not JWTs: nothing to decode or verify client-side.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'An opaque API token (`fd_…`, from POST /api/v1/tokens) or ADMIN_TOKEN.' })
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This Factdesk server: local, staging or production, wherever this document was served from')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller, method) => method, extraModels: AUDIT_PAYLOAD_MODELS });
  documentAuditChanges(document);
  documentWebhookEvents(document);
  return applyOpenApiConventions(document);
}

function requestId(req: FactdeskRequest, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  req.requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  next();
}

/** A body that is not JSON would otherwise be silently ignored and reported as missing fields. */
function requireJson(req: FactdeskRequest, res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const types = BATCH_ROUTES.includes(req.path) ? [...JSON_TYPES, ...NDJSON_TYPES] : JSON_TYPES;
  if (hasBody && ['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is(types)) {
    const expected = types.length > 2 ? 'application/json or application/x-ndjson' : 'application/json';
    sendProblem(new ProblemError('unsupported-media-type', `Send the body as ${expected} (got ${req.headers['content-type'] ?? 'no content type'}).`), req, res);
    return;
  }
  next();
}

interface FieldError {
  field: string;
  messages: string[];
}

function flatten(errors: import('class-validator').ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
