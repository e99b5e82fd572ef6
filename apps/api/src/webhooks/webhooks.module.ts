import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookQueue } from './webhook-queue.js';
import { WebhookWorker } from './webhook.worker.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  imports: [AuditModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookOutbox, WebhookQueue, WebhookWorker],
  exports: [WebhookWorker, WebhookOutbox],
})
export class WebhooksModule {}
