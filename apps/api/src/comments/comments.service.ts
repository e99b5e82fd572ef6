import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { PageQuery } from '../common/page-query.dto.js';
import { decodeCursor, encodeCursor, pageLimit, toPage, type Page } from '../common/pagination.js';
import { ProblemError } from '../common/problem.js';
import type { Actor } from '../common/request-context.js';
import { inTransaction } from '../common/transaction.js';
import { Comment } from './comment.entity.js';
import type { CommentDto, CreateCommentDto } from './comments.dto.js';

/** The one writer of claim_comment. A comment changes nothing about the claim: not its status, not its version. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly claims: ClaimsService,
  ) {}

  async create(claimId: string, dto: CreateCommentDto, actor: Actor): Promise<CommentDto> {
    return inTransaction(this.dataSource, async (em) => {
      await this.claims.find(claimId, em);
      const comment = await em.save(em.create(Comment, { claimId, body: dto.body.trim(), author: actor.name, authorTokenId: actor.tokenId }));
      const view = toCommentDto(comment);
      // On the claim's own trail, so its history and the live stream show the discussion beside the decisions.
      await this.audit.record(em, actor, { action: 'comment.created', entityType: 'claim', entityId: claimId, after: { commentId: view.id, body: view.body } });
      return view;
    });
  }

  async list(claimId: string, query: PageQuery): Promise<Page<CommentDto>> {
    await this.claims.find(claimId);
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor);
    const rows = await this.dataSource.getRepository(Comment).find({
      where: { claimId, ...(after ? { seq: MoreThan(after) } : {}) },
      order: { seq: 'ASC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (c) => encodeCursor(c.seq), toCommentDto);
  }

  async get(claimId: string, commentId: string): Promise<CommentDto> {
    const comment = await this.dataSource.getRepository(Comment).findOneBy({ id: commentId, claimId });
    if (!comment) throw new ProblemError('not-found', `The claim ${claimId} has no comment with id ${commentId}.`);
    return toCommentDto(comment);
  }
}

function toCommentDto(c: Comment): CommentDto {
  return { id: c.id, claimId: c.claimId, body: c.body, author: c.author, createdAt: c.createdAt.toISOString() };
}
