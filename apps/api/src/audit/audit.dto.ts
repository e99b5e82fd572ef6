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
  // strict: a well-formed but impossible date (2018-02-30) would otherwise reach PostgreSQL and fail there.
  @IsDateString({ strict: true })
  @MaxLength(40)
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
  /** Position in the tamper-evident hash chain. */
  chainSeq: string;
  /** SHA-256 (hex) of the previous event in the chain. */
  prevHash: string;
  /** SHA-256 (hex) over prevHash and this event's canonical encoding. */
  hash: string;
}

export class AuditEventPage {
  items: AuditEventDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export class BrokenLinkDto {
  /** The audit event where the chain first fails. */
  id: string;
  chainSeq: string;
  /** What does not match, for a person. */
  reason: string;
}

export class ChainVerificationDto {
  /** True when every event's hash and link check out and the chain head matches the last event. */
  valid: boolean;
  /** Events checked. */
  events: number;
  /** Hash of the last event (the value to anchor elsewhere). */
  headHash: string;
  /** The first broken link, or null. */
  firstBroken: BrokenLinkDto | null;
}
