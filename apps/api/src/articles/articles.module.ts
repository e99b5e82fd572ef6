import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { ArticlesController } from './articles.controller.js';
import { ArticlesService } from './articles.service.js';
import { PageFetcher } from './page-fetcher.js';

@Module({
  imports: [AuditModule, ClaimsModule, EvidenceModule],
  controllers: [ArticlesController],
  providers: [ArticlesService, PageFetcher],
  exports: [ArticlesService],
})
export class ArticlesModule {}
