import { Body, Controller, Headers, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireRole } from '../auth/roles.decorator.js';
import { ClaimDto, ReviewClaimDto } from '../claims/claims.dto.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { withEtag } from '../common/etag.js';
import { IdParam } from '../common/id-param.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { BulkVerdictDto, BulkVerdictResponseDto, DecideVerdictDto } from './verdicts.dto.js';
import { VerdictsService } from './verdicts.service.js';

@ApiTags('verdicts')
@ApiBearerAuth()
@Controller('claims')
export class VerdictsController {
  constructor(private readonly verdicts: VerdictsService) {}

  /** Decide a claim (verified, disputed, unsupported) citing passages; changing a verdict is a correction and needs a reason. */
  @Put(':id/verdict')
  @RequireRole('editor')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    schema: { type: 'string', maxLength: 200 },
    description: 'The ETag from GET /claims/{id}. Required once the claim has a verdict (without it: 428); a stale value gets 412 and changes nothing.',
  })
  @ApiBody({
    type: DecideVerdictDto,
    examples: {
      verify: {
        summary: 'Verify, citing a supporting passage',
        value: { verdict: 'verified', note: 'Two reports agree.', citations: [{ articleId: '6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f', start: 812, end: 856, stance: 'supports' }] },
      },
      correct: {
        summary: 'Correct an earlier verdict',
        value: { verdict: 'disputed', citations: [{ articleId: '6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f', start: 40, end: 80, stance: 'contradicts' }], reason: 'A second source contradicts it.', correctionNote: 'We first rated this verified.' },
      },
      unsupported: { summary: 'Unsupported (no citation needed)', value: { verdict: 'unsupported', note: 'No other source gives a number.' } },
    },
  })
  @ApiOkResponse({ type: ClaimDto, description: 'The decided claim.', headers: { ETag: { description: 'The new claim version.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415, 422, 428)
  async decideVerdict(@IdParam() id: string, @Body() dto: DecideVerdictDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    return withEtag(res, await this.verdicts.decide(id, dto, ifMatch, actor));
  }

  /**
   * Approve the claim's current verdict for publication, or reject it with a note that sends it back to
   * the assignee. The verdict's author cannot review it (403 self-review), under any of their tokens.
   */
  @Post(':id/review')
  @HttpCode(200)
  @RequireRole('editor')
  @ApiHeader({ name: 'If-Match', required: true, schema: { type: 'string', maxLength: 200 }, description: 'The ETag from GET /claims/{id}: the review is of the verdict you read (without it: 428; stale: 412).' })
  @ApiBody({
    type: ReviewClaimDto,
    examples: {
      approve: { summary: 'Approve for publication', value: { approve: true } },
      reject: { summary: 'Send it back with a note', value: { approve: false, note: 'The second source repeats the first; find an independent one.' } },
    },
  })
  @ApiOkResponse({ type: ClaimDto, description: 'The claim with its review.', headers: { ETag: { description: 'The new claim version.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 428)
  async reviewClaim(@IdParam() id: string, @Body() dto: ReviewClaimDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    return withEtag(res, await this.verdicts.review(id, dto, ifMatch, actor));
  }

  /** Apply one verdict to many claims; each succeeds or fails on its own (404, 412, 422, 428 per item), one audit event per claim. */
  @Post('bulk-verdict')
  @HttpCode(200)
  @RequireRole('editor')
  @ApiBody({
    type: BulkVerdictDto,
    examples: {
      bulk: {
        summary: 'Mark several claims unsupported',
        value: { verdict: 'unsupported', note: 'No second source.', items: [{ claimId: '0b8e2f6c-3d4a-4b5c-8d9e-0f1a2b3c4d5e', ifMatch: '"1"' }, { claimId: '1c9f3a7d-4e5b-4c6d-9e0f-1a2b3c4d5e6f' }] },
      },
    },
  })
  @ApiOkResponse({ type: BulkVerdictResponseDto, description: 'One result per item; the request as a whole succeeds.' })
  @ApiProblems(400, 401, 403, 413, 415)
  bulkVerdict(@Body() dto: BulkVerdictDto, @CurrentActor() actor: Actor): Promise<BulkVerdictResponseDto> {
    return this.verdicts.decideMany(dto, actor);
  }
}
