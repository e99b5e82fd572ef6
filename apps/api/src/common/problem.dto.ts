import { ApiProperty } from '@nestjs/swagger';

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
  /** precondition-failed / precondition-required: the claim's current version, to read it again before retrying. */
  @ApiProperty({ required: false, type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 })
  currentVersion?: number;
  /** review-required / not-awaiting-review: where the claim's review stands. */
  @ApiProperty({ required: false, enum: ['awaiting', 'approved', 'rejected'] })
  reviewStatus?: 'awaiting' | 'approved' | 'rejected';
}
