import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { allowList } from '../common/address-guard.js';
import { PollLoop } from '../common/poll-loop.js';
import { ProblemError } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';
import { retryDelayMs } from './webhook-events.js';
import { WebhookQueue, type AttemptResult, type LeasedDelivery } from './webhook-queue.js';
import { postChecked } from './webhook-address.js';
import { webhookHeaders } from './webhook-signature.js';

/** Attempts in flight at once, so one slow endpoint holds up at most one slot. */
const CONCURRENCY = 8;
const IDLE_POLL_MS = 500;
/** How long past the request timeout a lease lasts before another worker may take the delivery over. */
const LEASE_MARGIN_MS = 25_000;
const MAX_ERROR_LENGTH = 500;

/**
 * Delivers queued webhook events off the request path: an endpoint that is slow or down never
 * slows a write, it only delays its own deliveries. Several API processes can run it side by side.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookWorker.name);
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  // Busy: look again at once; idle, full or failing: shortly.
  private readonly loop = new PollLoop(() => this.leaseDue(), {
    idleMs: IDLE_POLL_MS,
    onError: (error) => this.logger.warn(`Reading the webhook queue failed; will retry: ${error.message}`),
  });

  /** Hosts deliveries may reach although they resolve to private addresses (WEBHOOK_ALLOWED_HOSTS). */
  private readonly allowed: ReadonlySet<string>;

  constructor(
    private readonly queue: WebhookQueue,
    private readonly config: AppConfig,
  ) {
    this.allowed = allowList(config.WEBHOOK_ALLOWED_HOSTS);
  }

  onApplicationBootstrap(): void {
    if (this.config.WEBHOOK_WORKER) this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    const stopped = this.loop.stop();
    // Requests still out are abandoned; their lease runs out and a later run retries them.
    this.shutdown.abort();
    await stopped;
    await Promise.all(this.inFlight);
  }

  /** Leases what free slots allow and starts those attempts; the number leased. */
  private async leaseDue(): Promise<number> {
    const free = CONCURRENCY - this.inFlight.size;
    if (free <= 0) return 0;
    const due = await this.queue.lease(free, this.config.WEBHOOK_TIMEOUT_MS + LEASE_MARGIN_MS);
    // Leased during shutdown: left to run out and be retried, like an attempt cut short.
    if (!this.loop.stopping) for (const delivery of due) this.track(this.attempt(delivery));
    return due.length;
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async attempt(delivery: LeasedDelivery): Promise<void> {
    const answer = await this.post(delivery);
    if (answer.aborted) return;
    const result: AttemptResult = answer.ok
      ? { outcome: 'delivered', statusCode: answer.statusCode! }
      : answer.refused || delivery.attempts >= this.config.WEBHOOK_MAX_ATTEMPTS
        ? { outcome: 'failed', statusCode: answer.statusCode, error: answer.error }
        : { outcome: 'retry', statusCode: answer.statusCode, error: answer.error, delayMs: retryDelayMs(delivery.attempts, this.config.WEBHOOK_RETRY_BASE_MS) };
    try {
      await this.queue.record(delivery.id, result);
    } catch (error) {
      // Unrecorded, the lease runs out and the event is sent again: receivers dedupe by its id.
      if (!this.loop.stopping) this.logger.warn(`Recording webhook delivery ${delivery.id} failed: ${(error as Error).message}`);
    }
  }

  /** `refused`: the address guard refused the endpoint's address, which a retry would not change. */
  private async post(delivery: LeasedDelivery): Promise<{ ok: boolean; statusCode: number | null; error: string; aborted: boolean; refused?: boolean }> {
    const headers = webhookHeaders({ id: delivery.eventId, type: delivery.eventType }, delivery.secret, delivery.body, new Date());
    const signal = AbortSignal.any([AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS), this.shutdown.signal]);
    const answer = await postChecked(delivery.url, this.allowed, headers, delivery.body, signal);
    if ('statusCode' in answer) {
      const ok = answer.statusCode >= 200 && answer.statusCode < 300;
      return { ok, statusCode: answer.statusCode, error: ok ? '' : `the endpoint answered ${answer.statusCode}`, aborted: false };
    }
    const e = answer.error as Error & { code?: string };
    if (e instanceof ProblemError && e.code === 'url-not-allowed') return { ok: false, statusCode: null, error: e.detail.slice(0, MAX_ERROR_LENGTH), aborted: false, refused: true };
    const timedOut = signal.aborted && !this.shutdown.signal.aborted;
    const reason = timedOut ? `no answer within ${this.config.WEBHOOK_TIMEOUT_MS} ms` : e instanceof ProblemError ? e.detail : e.code ? `${e.code}: ${e.message}` : e.message;
    return { ok: false, statusCode: null, error: reason.slice(0, MAX_ERROR_LENGTH), aborted: this.shutdown.signal.aborted };
  }
}
