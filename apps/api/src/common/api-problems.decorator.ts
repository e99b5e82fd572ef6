import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class ProblemFieldError {
  field: string;
  messages: string[];
}

/** RFC 9457 problem details, the body of every error response. */
export class ProblemDto {
  /** Stable problem type, `/problems/<code>`; branch on this. */
  @ApiProperty({ example: '/problems/validation-failed' })
  type: string;
  title: string;
  status: number;
  /** What went wrong with this request, for a person. */
  detail: string;
  /** The request path. */
  instance?: string;
  /** Correlates with the server log. */
  requestId?: string;
  /** Per-field validation messages. */
  errors?: ProblemFieldError[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: validation-failed, malformed-json, malformed-id or malformed-cursor.',
  401: 'Missing, unknown or revoked API token.',
  403: 'The token’s role is too small for this operation.',
  404: 'No resource with that id.',
  412: 'If-Match does not match the current version (precondition-failed); nothing was changed.',
  413: 'The request body is larger than the configured limit.',
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
