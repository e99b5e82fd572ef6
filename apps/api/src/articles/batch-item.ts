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
