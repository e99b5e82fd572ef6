import { ApiProperty } from '@nestjs/swagger';
import { PROBLEMS } from '../common/problem.js';

const CODES = Object.keys(PROBLEMS);

/** One problem type: what a problem+json `type` of this API resolves to. */
export class ProblemTypeDto {
  /** The `type` URI used in problem+json bodies. */
  @ApiProperty({ example: '/problems/precondition-failed', maxLength: 100 })
  type: string;
  @ApiProperty({ enum: CODES })
  code: string;
  /** The HTTP status that goes with it. */
  @ApiProperty({ minimum: 400, maximum: 599 })
  status: number;
  @ApiProperty({ maxLength: 200 })
  title: string;
}
