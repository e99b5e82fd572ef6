import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor.',
  401: 'Missing, unknown or revoked API token.',
  403: 'The token’s role is too small for this operation.',
  404: 'No resource with that id.',
  412: 'If-Match does not match the current version (precondition-failed); nothing was changed.',
  413: 'The request body is larger than the configured limit.',
  428: 'If-Match is required here (precondition-required): send the ETag you read.',
  415: 'The request body must be application/json.',
  422: 'The request is well-formed but cannot be applied (see the problem type).',
  503: 'The database is unavailable; retry after the Retry-After delay.',
};

/** Documents the problem+json error responses an operation can return. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ApiExtraModels(ProblemDto),
    ...[...statuses, 503].map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
