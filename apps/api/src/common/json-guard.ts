import type { NextFunction, Response } from 'express';
import { unstorable } from '#text';
import { ProblemError } from './problem.js';
import { sendProblem } from './problem.filter.js';
import type { FactdeskRequest } from './request-context.js';

/** No request DTO nests deeper than a few levels; 64 leaves room and stays far from the stack limit. */
export const MAX_JSON_DEPTH = 64;


export interface JsonDefect {
  field: string;
  message: string;
}

/**
 * The first reason a parsed request value cannot be handled, or null: nesting deeper than
 * MAX_JSON_DEPTH, or a string (value or key) with NUL or an unpaired surrogate. Walked without
 * recursion so the walk itself cannot overflow.
 */
export function jsonDefect(value: unknown): JsonDefect | null {
  const stack: Array<[unknown, string, number]> = [[value, '', 0]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (typeof node === 'string') {
      if (unstorable(node)) return { field: path, message: 'contains a NUL character or an unpaired UTF-16 surrogate' };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { field: path, message: `is nested deeper than ${MAX_JSON_DEPTH} levels` };
    for (const [key, child] of Object.entries(node)) {
      const field = path ? `${path}.${key}` : key;
      if (unstorable(key)) return { field, message: 'has a key with a NUL character or an unpaired UTF-16 surrogate' };
      stack.push([child, field, depth + 1]);
    }
  }
  return null;
}

/**
 * Refuses bodies and query strings no DTO can hold, before the ValidationPipe: class-transformer
 * recurses once per level (a few kilobytes of `[[[[…]]]]` overflowed the stack: a 500), and a NUL
 * or lone surrogate that passed validation failed later in PostgreSQL (another 500).
 */
export function rejectUnstorableInput(req: FactdeskRequest, res: Response, next: NextFunction): void {
  const defect = jsonDefect(req.body) ?? jsonDefect(req.query);
  if (defect) {
    const field = defect.field || 'body';
    sendProblem(new ProblemError('validation-failed', `${field} ${defect.message}.`, { errors: [{ field, messages: [`${field} ${defect.message}`] }] }), req, res);
    return;
  }
  next();
}
