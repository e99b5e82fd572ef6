import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditActor } from '../audit/audit-entry.js';
import { AppConfig } from '../config/app-config.js';
import { ProblemError } from '../common/problem.js';
import { inTransaction } from '../common/transaction.js';
import type { Actor } from '../common/request-context.js';
import { ApiToken, type Role } from './api-token.entity.js';
import type { CreatedTokenDto, CreateTokenDto, TokenDto } from './tokens.dto.js';

const hash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

const ADMIN_TOKEN_ACTOR = 'admin (ADMIN_TOKEN)';

@Injectable()
export class TokensService {
  private readonly adminTokenHash: Buffer | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.adminTokenHash = config.ADMIN_TOKEN ? Buffer.from(hash(config.ADMIN_TOKEN), 'hex') : null;
  }

  /** Resolves a bearer secret to its owner; null when unknown or revoked. */
  async authenticate(secret: string): Promise<Omit<Actor, 'requestId'> | null> {
    const digest = hash(secret);
    // Compare digests in constant time so response timing says nothing about the secret.
    if (this.adminTokenHash && timingSafeEqual(this.adminTokenHash, Buffer.from(digest, 'hex'))) {
      return { name: ADMIN_TOKEN_ACTOR, role: 'admin', tokenId: null };
    }
    // Plain SQL: this runs on every request, and an entity lookup cost more CPU than the query.
    const [token]: Array<{ id: string; name: string; role: Role; token_hash: string }> = await this.dataSource.query(
      'SELECT id, name, role, token_hash FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL LIMIT 1',
      [digest],
    );
    if (!token || !timingSafeEqual(Buffer.from(token.token_hash, 'hex'), Buffer.from(digest, 'hex'))) return null;
    return { name: token.name, role: token.role, tokenId: token.id };
  }

  async create(dto: CreateTokenDto, actor: AuditActor): Promise<CreatedTokenDto> {
    const secret = `fd_${randomBytes(32).toString('base64url')}`;
    return inTransaction(this.dataSource, async (em) => {
      const token = await em.save(
        em.create(ApiToken, { name: dto.name, role: dto.role, tokenHash: hash(secret), prefix: secret.slice(0, 10), createdBy: actor.name, revokedAt: null, lastUsedAt: null }),
      );
      const view = toTokenDto(token);
      await this.audit.record(em, actor, { action: 'token.created', entityType: 'token', entityId: token.id, after: view });
      return { ...view, secret };
    });
  }

  async list(): Promise<TokenDto[]> {
    const tokens = await this.dataSource.getRepository(ApiToken).find({ order: { createdAt: 'ASC' } });
    return tokens.map(toTokenDto);
  }

  async assignable(): Promise<Array<Pick<ApiToken, 'id' | 'name' | 'role'>>> {
    return this.dataSource.getRepository(ApiToken).find({
      select: { id: true, name: true, role: true },
      where: { revokedAt: IsNull(), role: In(['editor', 'admin']) },
      order: { name: 'ASC', createdAt: 'ASC' },
    });
  }

  async revoke(id: string, actor: Actor): Promise<TokenDto> {
    return inTransaction(this.dataSource, async (em) => {
      const token = await em.findOne(ApiToken, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token) throw new ProblemError('not-found', `No token with id ${id}.`);
      if (token.revokedAt) return toTokenDto(token);
      const before = toTokenDto(token);
      token.revokedAt = new Date();
      await em.save(token);
      const after = toTokenDto(token);
      await this.audit.record(em, actor, { action: 'token.revoked', entityType: 'token', entityId: id, before, after });
      return after;
    });
  }

  /** First start on the embedded database: an admin token so the operator can get in. */
  async ensureBootstrapAdmin(): Promise<string | null> {
    const repo = this.dataSource.getRepository(ApiToken);
    if ((await repo.countBy({ role: 'admin' as Role })) > 0) return null;
    const created = await this.create({ name: 'bootstrap admin', role: 'admin' }, { name: 'system:bootstrap', requestId: 'startup' });
    return created.secret;
  }
}

function toTokenDto(t: ApiToken): TokenDto {
  return { id: t.id, name: t.name, role: t.role, prefix: t.prefix, createdBy: t.createdBy, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null };
}
