import { Controller, Headers, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { AcceptQueryToken } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { LiveEventDto } from './events.dto.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /**
   * Server-sent events: `ready` once listening, then an `audit` event (data: LiveEventDto) for every
   * new audit event, within about a second of its commit. The SSE `id` is the audit sequence: a client
   * reconnecting with `Last-Event-ID` (EventSource sends it by itself) first gets the audit events it
   * missed, then `ready` with `replayed: true`; `replayed: false` (no or an unusable id, or more than
   * 1,000 missed) means reload. EventSource cannot send an Authorization header, so this route also
   * takes the token as the `access_token` query parameter.
   */
  @Sse()
  @AcceptQueryToken()
  @ApiProduces('text/event-stream')
  @ApiQuery({ name: 'access_token', required: false, schema: { type: 'string', maxLength: 200 }, description: 'The API token, for clients that cannot send an Authorization header.' })
  @ApiOkResponse({ type: LiveEventDto, description: 'A text/event-stream; each `audit` event carries one LiveEventDto as JSON.' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, schema: { type: 'string', maxLength: 200 }, description: 'The last SSE id received; the stream replays what came after it.' })
  @ApiProblems(401)
  streamEvents(@Headers('last-event-id') lastEventId: string | undefined): Observable<MessageEvent> {
    return this.events.stream(auditSeq(lastEventId));
  }
}

const MAX_BIGINT = 9_223_372_036_854_775_807n;
/** An audit sequence number, or null for anything else (a stream never fails on a bad Last-Event-ID: it just does not replay). */
function auditSeq(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return /^\d{1,19}$/.test(trimmed) && BigInt(trimmed) <= MAX_BIGINT ? trimmed : null;
}
