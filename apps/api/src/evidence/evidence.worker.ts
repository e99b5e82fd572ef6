import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
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
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly evidence: EvidenceService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.EVIDENCE_WORKER) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs batches until nothing is stale (used by tests and the evaluation to wait for a quiet queue). */
  async drain(): Promise<void> {
    while ((await this.evidence.refreshStale(50)) > 0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = null;
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    let refreshed = 0;
    try {
      refreshed = await this.evidence.refreshStale(20);
    } catch (error) {
      if (!this.stopped) this.logger.warn(`Evidence refresh failed; will retry: ${(error as Error).message}`);
    }
    // Busy: go on at once; idle or failing: look again shortly.
    this.schedule(refreshed > 0 ? 0 : 500);
  }
}
