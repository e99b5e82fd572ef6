import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { StatsDto, StatsQuery } from './stats.dto.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  /** Where the desk stands in a period (default: the last 30 days, at most 366): decisions per day by verdict, time to a first verdict, open claims by check-worthiness, decisions per editor, disputed share by outlet. */
  @Get()
  @ApiProblems(400, 401)
  getStats(@Query() query: StatsQuery): Promise<StatsDto> {
    return this.stats.overview(query);
  }
}
