import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@nestjs/common';

/**
 * API_PROCESSES > 1: this process becomes a supervisor that forks that many API processes sharing
 * the port (node:cluster hands each connection to one of them). They share nothing but the
 * database, exactly like replicas behind a load balancer, so what holds for replicas holds here.
 * A process that dies after it started is replaced; one that dies while starting stops the whole
 * server, so a bad setting or an unreachable database is one clear failure, not a restart loop.
 */
export function supervise(processes: number, logger: Logger): void {
  let stopping = false;
  const started = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => started.add(worker));
    worker.once('exit', (code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
        return;
      }
      if (!started.has(worker)) {
        logger.error(`API process ${worker.process.pid} failed to start (exit ${code ?? signal}); stopping.`);
        stop(1);
        return;
      }
      logger.warn(`API process ${worker.process.pid} exited (${code ?? signal}); starting another.`);
      fork();
    });
  };
  const stop = (code: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    if (workers.length === 0) process.exit(code);
    // Each process drains its in-flight requests on SIGTERM (Nest shutdown hooks), then exits.
    for (const worker of workers) worker.process.kill('SIGTERM');
    if (code !== 0) process.exitCode = code;
  };
  for (let i = 0; i < processes; i++) fork();
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
}

/** The first API process of a supervised group (or the only one) does the once-per-server start-up work. */
export const isFirstProcess = () => !cluster.isWorker || cluster.worker?.id === 1;

export const isSupervisor = (processes: number) => processes > 1 && cluster.isPrimary;
