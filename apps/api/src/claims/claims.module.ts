import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimRepository } from './claim.repository.js';
import { ClaimsService } from './claims.service.js';
import { VerdictRepository } from './verdict.repository.js';

@Module({
  imports: [AuditModule, EvidenceModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, ClaimRepository, VerdictRepository],
  exports: [ClaimsService, ClaimRepository, VerdictRepository],
})
export class ClaimsModule {}
