import { Controller, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
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
   * new audit event, within about a second of its commit. EventSource cannot send headers, so this
   * route also takes the token as the `access_token` query parameter.
   */
  @Sse()
  @AcceptQueryToken()
  @ApiProduces('text/event-stream')
  @ApiQuery({ name: 'access_token', required: false, schema: { type: 'string', maxLength: 200 }, description: 'The API token, for clients that cannot send an Authorization header.' })
  @ApiOkResponse({ type: LiveEventDto, description: 'A text/event-stream; each `audit` event carries one LiveEventDto as JSON.' })
  @ApiProblems(401)
  streamEvents(): Observable<MessageEvent> {
    return this.events.stream();
  }
}
