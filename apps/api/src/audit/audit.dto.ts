import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../common/page-query.dto.js';

export class AuditQuery extends PageQuery {
  /** e.g. `claim`, `article`, `token`. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  /** The acting token's name. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  /** e.g. `verdict.decided`, `verdict.corrected`, `claim.created`. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  /** Only events at or after this time (ISO 8601). */
  @IsOptional()
  @IsDateString()
  since?: string;
}

export class AuditEventDto {
  /** Monotonic event number. */
  id: string;
  occurredAt: string;
  /** Name of the token that acted, or `system:…` for Factdesk itself. */
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'State before the change.' })
  before: unknown;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'State after the change.' })
  after: unknown;
  reason: string | null;
  requestId: string | null;
}

export class AuditEventPage {
  items: AuditEventDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
