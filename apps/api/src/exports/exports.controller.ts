import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { ExportQuery } from './exports.dto.js';
import { ExportsService } from './exports.service.js';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** Stream every claim with its verdict, citations and history size, as CSV or JSON Lines; no row cap. */
  @Get('claims')
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({ description: 'The claims, streamed.', schema: { type: 'string' } })
  @ApiProblems(400, 401)
  exportClaims(@Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    return this.exports.streamClaims(query.format, res);
  }
}
