import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { FactdeskRequest } from '../common/request-context.js';

/** A route template, never the raw path: ids in paths would make a series per claim. */
export const routeOf = (req: FactdeskRequest): string => (req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched');

/**
 * Prometheus metrics for one app. A registry of its own, not prom-client's global one, so two apps
 * in one process (the tests) do not collide. Database figures are read when scraped.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Counter({ name: 'factdesk_http_requests_total', help: 'HTTP requests answered, by route template and status.', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'factdesk_http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its response, by route template.',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'factdesk_' });
    const pool = () => (dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'factdesk_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting = requests queued for one).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
    const depth = (name: string, help: string, sql: string) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const [row] = await dataSource.query(sql);
          this.set(Number(row.n));
        },
      });
    depth('factdesk_evidence_queue_depth', 'Claims whose stored evidence is stale and waits for the evidence worker.', 'SELECT count(*) AS n FROM claim_evidence WHERE stale');
    depth('factdesk_evidence_source_changes_pending', 'Source changes (revisions, dates) not yet fanned out to the claims they touch.', 'SELECT count(*) AS n FROM evidence_source_change');
    depth('factdesk_webhook_queue_depth', 'Webhook deliveries pending (due now or waiting for a retry).', `SELECT count(*) AS n FROM webhook_delivery WHERE status = 'pending'`);
    depth('factdesk_audit_chain_length', 'Events in the hash-chained audit trail.', 'SELECT seq AS n FROM audit_chain_head WHERE id = 1');
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.latency.observe({ method, route }, seconds);
    this.requests.inc({ method, route, status: String(status) });
  }
}
