import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { HealthDto } from './health.dto.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  /** Liveness and the database's state; 503 with `status: error` when the database is down. */
  @Get()
  @Public()
  @ApiResponse({ status: 503, description: 'The database is down.', type: HealthDto })
  async getHealth(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    try {
      return (await this.health.check([() => this.database()])) as HealthDto;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult as HealthDto;
    }
  }

  private database() {
    return this.indicator
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
        return { driver: 'postgres' };
      })
      .withTimeout(2_000);
  }
}
