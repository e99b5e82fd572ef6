import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ProblemError } from './problem.js';

/** A UUID path parameter; anything else is a 400 malformed-id, never a database error. */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new ProblemError('malformed-id', `The path parameter "${name}" must be a UUID.`) }));
