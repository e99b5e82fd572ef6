import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  /** `ok` when every dependency is up, `error` otherwise. */
  @ApiProperty({ enum: ['ok', 'error', 'degraded', 'shutting_down'] })
  status: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { database: { status: 'up', engine: 'embedded-pglite' } } })
  info?: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true })
  error?: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}
