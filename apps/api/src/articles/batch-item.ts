import { Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { AuditActor } from '../audit/audit-entry.js';
import { ProblemError } from '../common/problem.js';
import { problemBodyOf } from '../common/problem.filter.js';
import { CreateArticleDto, type BatchItemResultDto } from './articles.dto.js';

/** One batch item, validated as the body of POST /articles would be. */
export async function validItem(item: object): Promise<CreateArticleDto> {
  const dto = plainToInstance(CreateArticleDto, item);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return dto;
  const flat = errors.map((e) => ({ field: e.property, messages: Object.values(e.constraints ?? {}) }));
  throw new ProblemError('validation-failed', flat.map((e) => `${e.field}: ${e.messages.join('; ')}`).join('. '), { errors: flat });
}

/**
 * Whether two analysed items name the same article, so that their writes keep the request's order: the
 * same URL, or the same content (which an item without URL, or with a URL no article has, is found by).
 */
export const sameArticle = (a: { contentHash: string; dto: { url?: string | null } }, b: { contentHash: string; dto: { url?: string | null } }): boolean =>
  a.contentHash === b.contentHash || (a.dto.url != null && a.dto.url === b.dto.url);

const logger = new Logger('ArticlesBatch');

/** Reported per item like the rest (the client learns which items to resend), and logged like any 5xx. */
export function failedItem(index: number, error: unknown, actor: AuditActor): BatchItemResultDto {
  const problem = problemBodyOf(error);
  if (problem.status >= 500) logger.error({ requestId: actor.requestId, item: index, err: error }, (error as Error)?.stack ?? String(error));
  return { index, status: problem.status, problem };
}
