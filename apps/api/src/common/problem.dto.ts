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
}
