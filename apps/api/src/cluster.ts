import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@nestjs/common';
import { backoffMs } from './common/backoff.js';

/**
 * API_PROCESSES > 1: this process becomes a supervisor that forks that many API processes sharing
 * the port (node:cluster hands each connection to one of them). They share nothing but the
 * database, exactly like replicas behind a load balancer, so what holds for replicas holds here.
 * A process that dies is replaced (with a growing pause if replacements keep failing); one of the
 * first set that dies while starting stops the whole server, so a bad setting or an unreachable
 * database at start-up is one clear failure, not a restart loop.
 */
const RESTART_BASE_MS = 500;
const RESTART_MAX_MS = 30_000;

export function supervise(processes: number, logger: Logger): void {
  let stopping = false;
  const started = new WeakSet<Worker>();
  // Our own count: cluster.workers may still list a worker when its 'exit' event fires.
  const live = new Set<Worker>();
  let restarts = 0;
  const fork = (initial: boolean) => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once('listening', () => {
      started.add(worker);
      restarts = 0;
    });
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (live.size === 0) process.exit(process.exitCode ?? 0);
        return;
      }
      // Only the first start decides that the server cannot run; a replacement that fails (the
      // database briefly away, say) is retried with a growing pause while the others keep serving.
      if (initial && !started.has(worker)) {
        logger.error(`API process ${worker.process.pid} failed to start (exit ${code ?? signal}); stopping.`);
        stop(1);
        return;
      }
      const delay = backoffMs(++restarts, RESTART_BASE_MS, RESTART_MAX_MS);
      logger.warn(`API process ${worker.process.pid} exited (${code ?? signal}); starting another in ${delay} ms.`);
      setTimeout(() => stopping || fork(false), delay).unref();
    });
  };
  const stop = (code: number) => {
    if (code !== 0) process.exitCode = code;
    if (stopping) return;
    stopping = true;
    if (live.size === 0) process.exit(code);
    // Each process drains its in-flight requests on SIGTERM (Nest shutdown hooks), then exits.
    for (const worker of live) worker.process.kill('SIGTERM');
  };
  for (let i = 0; i < processes; i++) fork(true);
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
}

/** The first API process of a supervised group (or the only one) does the once-per-server start-up work. */
export const isFirstProcess = () => !cluster.isWorker || cluster.worker?.id === 1;

export const isSupervisor = (processes: number) => processes > 1 && cluster.isPrimary;
