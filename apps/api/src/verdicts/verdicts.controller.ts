import { Body, Controller, Headers, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireRole } from '../auth/roles.decorator.js';
import { ClaimDto } from '../claims/claims.dto.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { withEtag } from '../common/etag.js';
import { IdParam } from '../common/id-param.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { DecideVerdictDto } from './verdicts.dto.js';
import { VerdictsService } from './verdicts.service.js';

@ApiTags('verdicts')
@ApiBearerAuth()
@Controller('claims')
export class VerdictsController {
  constructor(private readonly verdicts: VerdictsService) {}

  /** Decide a claim (verified, disputed, unsupported) citing passages; changing a verdict is a correction and needs a reason. */
  @Put(':id/verdict')
  @RequireRole('editor')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag from GET /claims/{id}; a stale value gets 412 and changes nothing.' })
  @ApiOkResponse({ type: ClaimDto, description: 'The decided claim.', headers: { ETag: { description: 'The new claim version.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415, 422)
  async decideVerdict(@IdParam() id: string, @Body() dto: DecideVerdictDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    return withEtag(res, await this.verdicts.decide(id, dto, ifMatch, actor));
  }
}
