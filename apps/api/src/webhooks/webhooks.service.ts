import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { PageQuery } from '../common/page-query.dto.js';
import { decodeCursor, encodeCursor, pageLimit, toPage, type Page } from '../common/pagination.js';
import { ProblemError } from '../common/problem.js';
import type { Actor } from '../common/request-context.js';
import { inTransaction } from '../common/transaction.js';
import { AppConfig } from '../config/app-config.js';
import { allowList } from '../common/address-guard.js';
import { checkWebhookUrl } from './webhook-address.js';
import { newWebhookSecret } from './webhook-signature.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import type { CreatedWebhookDto, CreateWebhookDto, WebhookDeliveryDto, WebhookDto } from './webhooks.dto.js';

@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async create(dto: CreateWebhookDto, actor: Actor): Promise<CreatedWebhookDto> {
    await checkWebhookUrl(dto.url, allowList(this.config.WEBHOOK_ALLOWED_HOSTS));
    const secret = newWebhookSecret();
    return inTransaction(this.dataSource, async (em) => {
      const endpoint = await em.save(
        em.create(WebhookEndpoint, { url: dto.url, events: dto.events, description: dto.description ?? null, secret, createdBy: actor.name, disabledAt: null }),
      );
      const view = toWebhookDto(endpoint);
      await this.audit.record(em, actor, { action: 'webhook.created', entityType: 'webhook', entityId: endpoint.id, after: view });
      return { ...view, secret };
    });
  }

  async list(): Promise<WebhookDto[]> {
    const endpoints = await this.dataSource.getRepository(WebhookEndpoint).find({ order: { createdAt: 'ASC' } });
    return endpoints.map(toWebhookDto);
  }

  async get(id: string): Promise<WebhookDto> {
    return toWebhookDto(await this.find(id));
  }

  /** Stops deliveries to the endpoint: it gets no new events and its queued ones are cancelled. */
  async disable(id: string, actor: Actor): Promise<WebhookDto> {
    return inTransaction(this.dataSource, async (em) => {
      const endpoint = await em.findOne(WebhookEndpoint, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!endpoint) throw new ProblemError('not-found', `No webhook with id ${id}.`);
      if (endpoint.disabledAt) return toWebhookDto(endpoint);
      const before = toWebhookDto(endpoint);
      endpoint.disabledAt = new Date();
      await em.save(endpoint);
      await em.update(WebhookDelivery, { endpointId: id, status: 'pending' }, { status: 'cancelled', nextAttemptAt: null });
      const after = toWebhookDto(endpoint);
      await this.audit.record(em, actor, { action: 'webhook.disabled', entityType: 'webhook', entityId: id, before, after });
      return after;
    });
  }

  /** The endpoint's delivery log, newest first. */
  async deliveries(id: string, query: PageQuery): Promise<Page<WebhookDeliveryDto>> {
    await this.find(id);
    const limit = pageLimit(query);
    const before = decodeCursor(query.cursor);
    const qb = this.dataSource.getRepository(WebhookDelivery).createQueryBuilder('d').where('d.endpoint_id = :id', { id }).orderBy('d.id', 'DESC').limit(limit + 1);
    if (before) qb.andWhere('d.id < :before', { before });
    const rows = await qb.getMany();
    return toPage(rows, limit, (d) => encodeCursor(d.id), toDeliveryDto);
  }

  private async find(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.dataSource.getRepository(WebhookEndpoint).findOneBy({ id });
    if (!endpoint) throw new ProblemError('not-found', `No webhook with id ${id}.`);
    return endpoint;
  }
}

function toWebhookDto(e: WebhookEndpoint): WebhookDto {
  return { id: e.id, url: e.url, events: e.events, description: e.description, createdBy: e.createdBy, createdAt: e.createdAt.toISOString(), disabledAt: e.disabledAt?.toISOString() ?? null };
}

function toDeliveryDto(d: WebhookDelivery): WebhookDeliveryDto {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastAttemptAt: iso(d.lastAttemptAt),
    nextAttemptAt: iso(d.nextAttemptAt),
    deliveredAt: iso(d.deliveredAt),
    createdAt: d.createdAt.toISOString(),
  };
}
