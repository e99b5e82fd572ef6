import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ClaimEvidenceDto } from './evidence.dto.js';
import { EvidenceService } from './evidence.service.js';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('claims')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /** What the other sources say about a claim, with a suggested verdict and its rationale. */
  @Get(':id/evidence')
  @ApiProblems(400, 401, 404)
  getClaimEvidence(@IdParam() id: string): Promise<ClaimEvidenceDto> {
    return this.evidence.forClaim(id);
  }
}
