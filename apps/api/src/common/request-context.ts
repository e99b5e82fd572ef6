import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '../auth/api-token.entity.js';

/** Who is acting and under which request: every write carries it into its audit event. */
export interface Actor {
  name: string;
  role: Role;
  tokenId: string | null;
  requestId: string;
}

export interface FactdeskRequest extends Request {
  actor?: Actor;
  requestId?: string;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<FactdeskRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a route without authentication');
  return request.actor;
});
