import { Controller, Get, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator.js';
import { PROBLEMS, ProblemError, problemType, type ProblemCode } from '../common/problem.js';

/** Resolves the `type` URI of every problem+json response to a description of that problem. */
@ApiExcludeController()
@Controller('problems')
export class ProblemsController {
  @Get()
  @Public()
  listProblemTypes() {
    return Object.keys(PROBLEMS).map((code) => describe(code as ProblemCode));
  }

  @Get(':code')
  @Public()
  getProblemType(@Param('code') code: string) {
    if (!Object.hasOwn(PROBLEMS, code)) throw new ProblemError('not-found', `No problem type ${code}.`);
    return describe(code as ProblemCode);
  }
}

function describe(code: ProblemCode) {
  return { type: problemType(code), code, ...PROBLEMS[code] };
}
