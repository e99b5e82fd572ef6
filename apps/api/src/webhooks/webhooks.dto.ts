import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { HttpUrl } from '../common/http-url.js';
import { WEBHOOK_EVENTS, type WebhookEventType } from './webhook-event-type.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook.entity.js';

export class CreateWebhookDto {
  /** Where events are POSTed: an http or https URL, without user:password (the signature is the credential). */
  @ApiProperty({ example: 'https://example.org/factdesk-events', format: 'uri' })
  @IsString()
  @MaxLength(2000)
  @HttpUrl('url must be an http or https URL without credentials', { disallowAuth: true })
  url: string;

  /** The events this endpoint receives. */
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, maxItems: WEBHOOK_EVENTS.length, example: ['claim.created', 'verdict.changed'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events: WebhookEventType[];

  /** What the endpoint is for, for the people who manage it. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class WebhookDto {
  id: string;
  url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true })
  events: WebhookEventType[];
  description: string | null;
  createdBy: string;
  createdAt: string;
  /** Set once the endpoint is disabled; it then receives nothing more. */
  disabledAt: string | null;
}

export class CreatedWebhookDto extends WebhookDto {
  /** The signing secret (HMAC-SHA256 key). Shown only in this response: store it now. */
  secret: string;
}

export class WebhookDeliveryDto {
  /** The delivery's sequence number in the log. */
  id: string;
  /** Sent as Factdesk-Event-Id; the same on every attempt. */
  eventId: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS })
  eventType: WebhookEventType;
  /** pending (queued or waiting to retry), delivered, failed (gave up) or cancelled (endpoint disabled). */
  @ApiProperty({ enum: DELIVERY_STATUSES })
  status: DeliveryStatus;
  /** Attempts made so far. */
  attempts: number;
  /** The HTTP status of the last answer; null when there was none (timeout, refused connection). */
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  /** When the next attempt is due; null once delivered, failed or cancelled. */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export class WebhookDeliveryPage {
  items: WebhookDeliveryDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
