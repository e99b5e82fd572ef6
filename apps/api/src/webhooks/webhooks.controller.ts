import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { SecretResponse } from '../common/idempotency.js';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { IdParam } from '../common/id-param.js';
import { PageQuery } from '../common/page-query.dto.js';
import { CurrentActor, type Actor } from '../common/request-context.js';
import { CreatedWebhookDto, CreateWebhookDto, WebhookDeliveryPage, WebhookDto } from './webhooks.dto.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** Register an endpoint for signed event deliveries; its signing secret is shown once, in this response (an idempotent replay omits it). */
  @SecretResponse()
  @ApiBody({
    type: CreateWebhookDto,
    examples: { cms: { summary: 'Tell the CMS about decisions', value: { url: 'https://cms.example.com/hooks/factdesk', events: ['verdict.changed', 'claim.published', 'correction.published'], description: 'CMS sync' } } },
  })
  @Post()
  @ApiProblems(400, 401, 403, 413, 415)
  createWebhook(@Body() dto: CreateWebhookDto, @CurrentActor() actor: Actor): Promise<CreatedWebhookDto> {
    return this.webhooks.create(dto, actor);
  }

  /** List webhook endpoints, disabled ones included (never their secrets). */
  @Get()
  @ApiProblems(401, 403)
  listWebhooks(): Promise<WebhookDto[]> {
    return this.webhooks.list();
  }

  /** One webhook endpoint (never its secret). */
  @Get(':id')
  @ApiProblems(400, 401, 403, 404)
  getWebhook(@IdParam() id: string): Promise<WebhookDto> {
    return this.webhooks.get(id);
  }

  /** Disable an endpoint: it receives nothing more and its queued deliveries are cancelled. */
  @Delete(':id')
  @ApiProblems(400, 401, 403, 404)
  disableWebhook(@IdParam() id: string, @CurrentActor() actor: Actor): Promise<WebhookDto> {
    return this.webhooks.disable(id, actor);
  }

  /** The endpoint's delivery log, newest first: attempts, last answer, next attempt. */
  @Get(':id/deliveries')
  @ApiProblems(400, 401, 403, 404)
  listWebhookDeliveries(@IdParam() id: string, @Query() query: PageQuery): Promise<WebhookDeliveryPage> {
    return this.webhooks.deliveries(id, query);
  }
}
