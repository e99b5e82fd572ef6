import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { AuditEventPage, AuditQuery, ChainVerificationDto } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first, filtered and paginated by cursor. */
  @Get()
  @RequireRole('viewer')
  @ApiProblems(400, 401)
  listAuditEvents(@Query() query: AuditQuery): Promise<AuditEventPage> {
    return this.audit.list(query);
  }

  /** Check the audit trail's hash chain end to end; names the first broken link. */
  @Get('verify')
  @RequireRole('admin')
  @ApiProblems(401, 403)
  verifyAuditChain(): Promise<ChainVerificationDto> {
    return this.audit.verify();
  }
}
