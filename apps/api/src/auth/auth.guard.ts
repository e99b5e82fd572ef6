import { randomUUID } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemError } from '../common/problem.js';
import type { FactdeskRequest } from '../common/request-context.js';
import type { Role } from './api-token.entity.js';
import { FailedAuthLimiter } from './rate-limits.js';
import { PUBLIC_KEY, QUERY_TOKEN_KEY, ROLE_KEY } from './roles.decorator.js';
import { TokensService } from './tokens.service.js';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Every route needs a token unless marked @Public(); the role decides what it may do. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly failedAuth: FailedAuthLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<FactdeskRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const fromQuery = this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN_KEY, targets) ? request.query.access_token : undefined;
    const secret = match?.[1] ?? (typeof fromQuery === 'string' && fromQuery ? fromQuery : undefined);
    if (!secret) throw new ProblemError('unauthorized', 'Send an API token as `Authorization: Bearer <token>`.');
    const owner = await this.tokens.authenticate(secret);
    if (!owner) {
      await this.failedAuth.register(request);
      throw new ProblemError('unauthorized', 'The API token is unknown or has been revoked.');
    }
    request.actor = { ...owner, requestId: request.requestId ?? randomUUID() };
    const needed = this.reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? 'viewer';
    if (RANK[owner.role] < RANK[needed]) {
      throw new ProblemError('forbidden', `This operation needs the ${needed} role; the token has the ${owner.role} role.`);
    }
    return true;
  }
}
