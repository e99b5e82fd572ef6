import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ProblemError } from '../common/problem.js';
import { CreateArticleDto } from './articles.dto.js';

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
