import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { RelatedController } from './related.controller.js';
import { RelatedService } from './related.service.js';

@Module({
  imports: [ClaimsModule],
  controllers: [RelatedController],
  providers: [RelatedService],
})
export class RelatedModule {}
