import { Body, Controller, Get, Headers, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditEventDto } from '../audit/audit.dto.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { withEtag } from '../common/etag.js';
import { IdParam } from '../common/id-param.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { respond } from '../common/written.js';
import { AssignClaimDto, ClaimDto, ClaimListQuery, ClaimPage, CreateClaimDto } from './claims.dto.js';
import { ClaimsService } from './claims.service.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  /** Add a claim by quote, by position, or as standalone text. A claimed span returns its existing claim. */
  @Post()
  @RequireRole('editor')
  @ApiBody({
    type: CreateClaimDto,
    examples: {
      quote: { summary: 'By quote (TextQuoteSelector)', value: { articleId: '6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f', quote: { exact: 'led by Belgian prosecutors', prefix: 'the operation, ' } } },
      position: { summary: 'By position (TextPositionSelector)', value: { articleId: '6f1c2d1e-8a8b-4c1e-9a57-1f2b3c4d5e6f', position: { start: 120, end: 146 } } },
      standalone: { summary: 'Standalone text', value: { text: 'Europol is based in The Hague.', claimedOn: '2018-04-27' } },
    },
  })
  @ApiCreatedResponse({ type: ClaimDto, description: 'The claim was created.', headers: { ETag: { description: 'The claim version; send it back as If-Match with its first verdict.', schema: { type: 'string' } } } })
  @ApiOkResponse({ type: ClaimDto, description: 'That span already had a claim; it is returned unchanged.', headers: { ETag: { description: 'The claim version; send it back as If-Match.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422)
  async createClaim(@Body() dto: CreateClaimDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    // Its ETag is its version, as on every other read of a claim: the first verdict's If-Match.
    return withEtag(res, await respond(res, this.claims.create(dto, actor)));
  }

  /** List claims across articles, filtered by article, status, kind, outlet, text, assignee or review, in creation or check-worthiness order. */
  @Get()
  @ApiProblems(400, 401)
  listClaims(@Query() query: ClaimListQuery, @CurrentActor() actor: Actor): Promise<ClaimPage> {
    return this.claims.list(query, actor);
  }

  /** Hand a claim to an editor (or to nobody with null); audited, announced to webhooks and the live stream as claim.assigned. */
  @Put(':id/assignee')
  @RequireRole('editor')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    schema: { type: 'string', maxLength: 200 },
    description: 'The ETag from GET /claims/{id}. Required once the claim has an assignee (without it: 428); a stale value gets 412 and changes nothing.',
  })
  @ApiBody({ type: AssignClaimDto, examples: { assign: { summary: 'Hand the claim to an editor', value: { tokenId: '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d' } }, unassign: { summary: 'Nobody has it', value: { tokenId: null } } } })
  @ApiOkResponse({ type: ClaimDto, description: 'The claim with its assignee.', headers: { ETag: { description: 'The new claim version.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404, 412, 413, 415, 422, 428)
  async assignClaim(@IdParam() id: string, @Body() dto: AssignClaimDto, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    return withEtag(res, await this.claims.assign(id, dto.tokenId, ifMatch, actor));
  }

  /** A claim with its current verdict; the ETag is its version. */
  @Get(':id')
  @ApiOkResponse({ type: ClaimDto, headers: { ETag: { description: 'The claim version; send it back as If-Match.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 404)
  async getClaim(@IdParam() id: string, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    return withEtag(res, await this.claims.get(id));
  }

  /** Everything that happened to a claim, oldest first, with actors and reasons. */
  @Get(':id/history')
  @ApiOkResponse({ type: [AuditEventDto] })
  @ApiProblems(400, 401, 404)
  getClaimHistory(@IdParam() id: string): Promise<AuditEventDto[]> {
    return this.claims.history(id);
  }
}
