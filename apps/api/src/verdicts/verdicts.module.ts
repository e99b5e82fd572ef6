import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { VerdictsController } from './verdicts.controller.js';
import { VerdictsService } from './verdicts.service.js';

@Module({
  imports: [AuditModule, ClaimsModule],
  controllers: [VerdictsController],
  providers: [VerdictsService],
})
export class VerdictsModule {}
