import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { PROBLEMS, ProblemError, problemType, type ProblemCode } from '../common/problem.js';
import { ProblemTypeDto } from './problems.dto.js';

/** Resolves the `type` URI of every problem+json response to a description of that problem. */
@ApiTags('problems')
@Controller('problems')
export class ProblemsController {
  /** Every problem type this API can answer with (public). */
  @Get()
  @Public()
  @ApiOkResponse({ type: [ProblemTypeDto] })
  @ApiProblems()
  listProblemTypes(): ProblemTypeDto[] {
    return Object.keys(PROBLEMS).map((code) => describe(code as ProblemCode));
  }

  /** One problem type, the target of a problem+json `type` (public). */
  @Get(':code')
  @Public()
  @ApiParam({ name: 'code', schema: { type: 'string', enum: Object.keys(PROBLEMS) } })
  @ApiOkResponse({ type: ProblemTypeDto })
  @ApiProblems(404)
  getProblemType(@Param('code') code: string): ProblemTypeDto {
    if (!Object.hasOwn(PROBLEMS, code)) throw new ProblemError('not-found', `No problem type ${code}.`);
    return describe(code as ProblemCode);
  }
}

function describe(code: ProblemCode): ProblemTypeDto {
  return { type: problemType(code), code, ...PROBLEMS[code] };
}
