import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { CommentsController } from './comments.controller.js';
import { CommentsService } from './comments.service.js';

@Module({
  imports: [AuditModule, ClaimsModule],
  controllers: [CommentsController],
  providers: [CommentsService],
})
export class CommentsModule {}
