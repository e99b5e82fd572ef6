import type { Response } from 'express';
import { markStatus } from './idempotency.js';

/** The outcome of an idempotent create: 201 when something new was stored, 200 when it already existed. */
export interface Written<T> {
  created: boolean;
  body: T;
}

export async function respond<T>(res: Response, write: Promise<Written<T>>): Promise<T> {
  const { created, body } = await write;
  res.status(created ? 201 : 200);
  markStatus(res);
  return body;
}
