import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IngestBudget } from '../auth/rate-limits.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { ClaimPage, ArticleClaimsQuery } from '../claims/claims.dto.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { CreatedLocation } from '../common/http-manners.js';
import { IdParam } from '../common/id-param.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { respond } from '../common/written.js';
import { ArticleDto, ArticleListQuery, ArticlePage, BatchArticlesDto, BatchResultDto, CreateArticleDto, CreateRevisionDto, UpdateArticleDto } from './articles.dto.js';
import { ArticlesService } from './articles.service.js';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly claims: ClaimsService,
  ) {}

  /**
   * Ingest an article (plain text or HTML), or give only `url` to have the page fetched: cleaned,
   * revisioned and its claims extracted. Fetching refuses loopback, private, link-local and metadata
   * addresses (also after redirects) unless the host is in FETCH_ALLOWED_HOSTS (`url-not-allowed`);
   * an unreachable page or one that is not HTML or plain text is `fetch-failed`.
   */
  @Post()
  @RequireRole('editor')
  @ApiBody({
    type: CreateArticleDto,
    examples: {
      text: { summary: 'Plain text', value: { content: 'Europol said the two-day operation was led by Belgian prosecutors.', title: 'Europol takedown', outlet: 'FRANCE 24', publishedOn: '2018-04-27', url: 'https://news.example.com/europol-takedown' } },
      html: { summary: 'HTML', value: { content: '<article><h1>Europol takedown</h1><p>Police seized servers in 8 countries.</p></article>', format: 'html' } },
      url: { summary: 'Fetch by URL', value: { url: 'https://news.example.com/europol-takedown', outlet: 'FRANCE 24' } },
    },
  })
  @ApiCreatedResponse({ type: ArticleDto, description: 'A new article, or a new revision of the article with this URL.' })
  @ApiOkResponse({ type: ArticleDto, description: 'An article with this URL and identical content exists, or one without URL with identical content; nothing changed.' })
  @ApiProblems(400, 401, 403, 413, 415, 422)
  createArticle(@Body() dto: CreateArticleDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ArticleDto> {
    return respond(res, this.articles.ingest(dto, actor));
  }

  /**
   * Ingest up to 500 articles as JSON `{items: [...]}` or NDJSON (`application/x-ndjson`, one article a line).
   * Each item is validated and written on its own, in order; the answer has one result per item
   * (201 created, 200 unchanged — same URL, or the same content as an article without URL — or the item's problem).
   * The items count against the token's ingest budget (RATE_LIMIT_INGEST_ITEMS_PER_TOKEN a minute, `X-RateLimit-*-ingest`), not its
   * write limit; items refused by validation (400) and a replay answered from its Idempotency-Key do not count.
   */
  @Post('batch')
  @HttpCode(200)
  @RequireRole('editor')
  @IngestBudget()
  @ApiConsumes('application/json', 'application/x-ndjson')
  @ApiBody({
    type: BatchArticlesDto,
    examples: {
      batch: {
        summary: 'Two articles',
        value: { items: [{ content: 'Europol said 26,000 items were referred.', url: 'https://news.example.com/a1' }, { content: '<p>Police seized 14 servers.</p>', format: 'html', title: 'Raid' }] },
      },
    },
  })
  @ApiOkResponse({ type: BatchResultDto, description: 'One result per item, in request order; the request as a whole succeeds.' })
  @ApiProblems(400, 401, 403, 413, 415)
  createArticles(@Body() dto: BatchArticlesDto, @CurrentActor() actor: Actor): Promise<BatchResultDto> {
    return this.articles.ingestMany(dto.items, actor);
  }

  /** List articles, newest first, with their claim progress. */
  @Get()
  @ApiProblems(400, 401)
  listArticles(@Query() query: ArticleListQuery): Promise<ArticlePage> {
    return this.articles.list(query);
  }

  /** An article's current revision: original, cleaned text, removals and marked segments. */
  @Get(':id')
  @ApiProblems(400, 401, 404)
  getArticle(@IdParam() id: string): Promise<ArticleDto> {
    return this.articles.get(id);
  }

  /** Correct an article's metadata (title, outlet, author, publication date); the content is changed by adding a revision. */
  @Patch(':id')
  @RequireRole('editor')
  @ApiBody({ type: UpdateArticleDto, examples: { date: { summary: 'Record the publication date', value: { publishedOn: '2018-04-27' } } } })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  updateArticle(@IdParam() id: string, @Body() dto: UpdateArticleDto, @CurrentActor() actor: Actor): Promise<ArticleDto> {
    return this.articles.update(id, dto, actor);
  }

  /** Add a revision: new content, or the current content with some cleaning removals undone. */
  @Post(':id/revisions')
  @RequireRole('editor')
  @ApiBody({
    type: CreateRevisionDto,
    examples: {
      content: { summary: 'New content', value: { content: 'Europol said the operation lasted two days.' } },
      restore: { summary: 'Undo a cleaning removal', value: { restore: [{ start: 0, end: 14 }] } },
    },
  })
  @CreatedLocation((a: ArticleDto) => `/api/v1/articles/${a.id}/revisions/${a.revision.id}`)
  @ApiCreatedResponse({ type: ArticleDto, description: 'The new revision is now current.' })
  @ApiOkResponse({ type: ArticleDto, description: 'Identical to the current revision; nothing changed.' })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  createRevision(@IdParam() id: string, @Body() dto: CreateRevisionDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<ArticleDto> {
    return respond(res, this.articles.revise(id, dto, actor));
  }

  /** One revision of an article (earlier revisions stay readable; claims point at them). */
  @Get(':id/revisions/:revisionId')
  @ApiProblems(400, 401, 404)
  getRevision(@IdParam() id: string, @IdParam('revisionId') revisionId: string): Promise<ArticleDto> {
    return this.articles.get(id, revisionId);
  }

  /** The claims on an article's current (or a named) revision. */
  @Get(':id/claims')
  @ApiProblems(400, 401, 404)
  listArticleClaims(@IdParam() id: string, @Query() query: ArticleClaimsQuery): Promise<ClaimPage> {
    return this.claims.listForArticle(id, query);
  }
}
