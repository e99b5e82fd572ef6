import { Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';
import { EvidenceWorker } from './evidence.worker.js';

@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceWorker],
  exports: [EvidenceService, EvidenceWorker],
})
export class EvidenceModule {}
