import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { IdParam } from '../common/id-param.js';
import { RelatedClaimsDto } from './related.dto.js';
import { RelatedService } from './related.service.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('claims/:id/related')
export class RelatedController {
  constructor(private readonly related: RelatedService) {}

  /** Claims already checked: decided claims elsewhere that say the same thing, with their verdicts and citations. A changed number, date or name is never the same claim. */
  @Get()
  @ApiProblems(400, 401, 404)
  listRelatedClaims(@IdParam() id: string): Promise<RelatedClaimsDto> {
    return this.related.related(id);
  }
}
