import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PollLoop } from '../common/poll-loop.js';
import { AppConfig } from '../config/app-config.js';
import { EvidenceService } from './evidence.service.js';

/**
 * Keeps stored evidence fresh off the request path: claims marked stale (durably, by the write that
 * made them stale) are recomputed in small batches. Several API processes can run it side by side;
 * the generation check makes a concurrent duplicate harmless.
 */
@Injectable()
export class EvidenceWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EvidenceWorker.name);
  // Busy: go on at once; idle or failing: look again shortly.
  private readonly loop = new PollLoop(() => this.evidence.refreshStale(20), {
    idleMs: 500,
    onError: (error) => this.logger.warn(`Evidence refresh failed; will retry: ${error.message}`),
  });

  constructor(
    private readonly evidence: EvidenceService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.EVIDENCE_WORKER) this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Runs batches until nothing is stale (used by tests and the evaluation to wait for a quiet queue). */
  async drain(): Promise<void> {
    while ((await this.evidence.refreshStale(50)) > 0);
  }
}
