import { join, resolve } from 'node:path';
import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { AppConfig } from '../config/app-config.js';
import { checkStorage } from '../database/storage-check.js';
import { HealthDto, LivenessDto } from './health.dto.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Readiness: whether this process can serve requests now. 503 with `status: error` when the
   * database is down or, on the embedded database, its disk does not take writes (full, read-only),
   * with the reason under `details`.
   */
  @Get()
  @Public()
  @ApiResponse({ status: 503, description: 'The database is down or its storage refuses writes.', type: HealthDto })
  async getHealth(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const checks: Parameters<HealthCheckService['check']>[0] = [() => this.database()];
    if (!this.config.DATABASE_URL) checks.push(() => this.storage());
    try {
      return (await this.health.check(checks)) as HealthDto;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult as HealthDto;
    }
  }

  /** Liveness: the process answers (restart it only when this fails; a full disk is not cured by a restart). */
  @Get('live')
  @Public()
  getLiveness(): LivenessDto {
    return { status: 'ok' };
  }

  private database() {
    return this.indicator
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
        // Both speak the PostgreSQL protocol; which one answers matters to an operator (backups, fsync, scale).
        return { engine: this.config.DATABASE_URL ? 'postgresql-server' : 'embedded-pglite' };
      })
      .withTimeout(2_000);
  }

  private async storage() {
    const indicator = this.indicator.check('storage');
    const state = checkStorage(join(resolve(this.config.DATA_DIR), 'pgdata'));
    return state.writable ? indicator.up({ freeBytes: state.freeBytes }) : indicator.down({ reason: state.reason });
  }
}
