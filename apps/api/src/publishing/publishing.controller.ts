import { Controller, Get, Header, Headers, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOkResponse, ApiProduces, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, RequireRole } from '../auth/roles.decorator.js';
import { ClaimDto } from '../claims/claims.dto.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { PublicCache } from '../common/http-manners.js';
import { withEtag } from '../common/etag.js';
import { IdParam } from '../common/id-param.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { ProblemDto } from '../common/problem.dto.js';
import { ClaimReviewDto, ClaimReviewPage, ClaimReviewQuery, CorrectionPage, CorrectionQuery } from './publishing.dto.js';
import { PublishingService } from './publishing.service.js';
import { ReviewPageFilter } from './review-page.filter.js';

/** A bad review link: a page for a reader (Accept prefers text/html), problem+json for everyone else. */
const HTML_OR_PROBLEM = { 'text/html': { schema: { type: 'string' } }, 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } };

const JSON_LD_OR_JSON = Object.fromEntries(['application/ld+json', 'application/json'].map((type) => [type, { schema: { $ref: getSchemaPath(ClaimReviewDto) } }]));

/** JSON-LD is JSON: answer application/ld+json to a client (a crawler, a CMS) that asks for it. */
function asJsonLd<T>(req: Request, res: Response, body: T): T {
  res.vary('Accept');
  res.type(req.accepts(['application/json', 'application/ld+json']) === 'application/ld+json' ? 'application/ld+json' : 'application/json');
  return body;
}

@ApiTags('publishing')
@Controller()
export class PublishingController {
  constructor(private readonly publishing: PublishingService) {}

  /** Publish a decided claim's verdict as a ClaimReview (409 review-required until a second editor approved it, unless REVIEW_REQUIRED=false); later verdict changes become public corrections. */
  @Post('claims/:id/publish')
  @HttpCode(200)
  @ApiBearerAuth()
  @RequireRole('editor')
  @ApiHeader({ name: 'If-Match', required: false, schema: { type: 'string', maxLength: 200 }, description: 'The ETag from GET /claims/{id}; a stale value gets 412.' })
  @ApiOkResponse({ type: ClaimDto, description: 'The published claim.', headers: { ETag: { description: 'The new claim version.', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async publishClaim(@IdParam() id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ClaimDto> {
    return withEtag(res, await this.publishing.publish(id, ifMatch, actor));
  }

  /** A published claim as schema.org ClaimReview JSON-LD (public). */
  @Get('claims/:id/claim-review')
  @Public()
  @PublicCache()
  @ApiExtraModels(ClaimReviewDto)
  @ApiOkResponse({ description: 'application/ld+json when the Accept header asks for it, else application/json.', content: JSON_LD_OR_JSON })
  @ApiProblems(400, 404)
  async getClaimReview(@IdParam() id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<ClaimReviewDto> {
    return asJsonLd(req, res, await this.publishing.claimReview(id));
  }

  /** Published ClaimReviews in publication order, for a CMS to poll (public); corrections republish. */
  @Get('claim-reviews')
  @Public()
  @PublicCache()
  @ApiProblems(400)
  listClaimReviews(@Query() query: ClaimReviewQuery): Promise<ClaimReviewPage> {
    return this.publishing.listClaimReviews(query);
  }

  /** Corrections to published verdicts, newest first (public). */
  @Get('corrections')
  @Public()
  @PublicCache()
  @ApiProblems(400)
  listCorrections(@Query() query: CorrectionQuery): Promise<CorrectionPage> {
    return this.publishing.listCorrections(query);
  }

  /** The public page of a published review (public), served at /reviews/{id}: claim, rating, note, sources, corrections, and the ClaimReview JSON-LD. */
  @Get('/reviews/:id')
  @Public()
  @PublicCache()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A server-rendered HTML page with the ClaimReview JSON-LD in a script of type application/ld+json.', schema: { type: 'string' } })
  @ApiResponse({ status: 400, description: 'The id is not a UUID (malformed-id): an HTML page when the Accept header prefers text/html, else problem+json.', content: HTML_OR_PROBLEM })
  @ApiResponse({ status: 404, description: 'No published claim with that id: an HTML page when the Accept header prefers text/html, else problem+json.', content: HTML_OR_PROBLEM })
  @ApiProblems()
  @UseFilters(ReviewPageFilter)
  getReviewPage(@IdParam() id: string): Promise<string> {
    return this.publishing.reviewPage(id);
  }

  /** The corrections as an Atom feed (public), served at /corrections.atom. */
  @Get('/corrections.atom')
  @Public()
  @PublicCache()
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 feed of the newest corrections.', schema: { type: 'string' } })
  @ApiProblems()
  getCorrectionsAtom(): Promise<string> {
    return this.publishing.correctionsAtom();
  }
}
