import express, { type NextFunction, type RequestHandler, type Response } from 'express';
import { ProblemError } from './problem.js';
import type { FactdeskRequest } from './request-context.js';

/** Newline-delimited JSON: one object a line, the shape an archive export or `jq -c` produces. */
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'];

/** `{items: [...]}` from an NDJSON body; blank lines are skipped, a line that is not JSON refuses the body. */
function parseNdjson(body: string): { items: unknown[] } {
  const items: unknown[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    try {
      items.push(JSON.parse(line));
    } catch {
      throw new ProblemError('malformed-json', `Line ${i + 1} of the NDJSON body is not valid JSON.`);
    }
  }
  return { items };
}

/**
 * Body parsers for a batch route: JSON or NDJSON, with their own (larger) size limit. They run before
 * the app-wide JSON parser, which then leaves the parsed body alone.
 */
/** The JSON media types a body may be sent as: `application/json` and its `+json` kinds (merge-patch, ld, vnd.*), all parsed as JSON. */
export const JSON_TYPES = ['application/json', 'application/*+json'];

export function batchBodyParsers(limit: number): RequestHandler[] {
  const toItems = (req: FactdeskRequest, _res: Response, next: NextFunction) => {
    if (typeof req.body !== 'string' || !req.is(NDJSON_TYPES)) return next();
    try {
      req.body = parseNdjson(req.body);
      next();
    } catch (error) {
      next(error);
    }
  };
  return [express.json({ limit, strict: false, type: JSON_TYPES }), express.text({ type: NDJSON_TYPES, limit }), toItems as RequestHandler];
}
