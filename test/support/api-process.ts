import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REGISTER = fileURLToPath(new URL('./ts-register.mjs', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ApiProcess {
  pid: number;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, then waits for it to exit (SIGKILL if it has not within 10 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when it exits, however. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

export interface StartOptions {
  /** A command the node process runs under, such as `unshare --pid --fork` or `strace -f`. */
  wrap?: string[];
}

/**
 * Runs apps/api/src/main.ts as its own Node process, straight from the TypeScript source (a fresh
 * clone has no dist/), and resolves once GET /api/v1/health answers 200. Only `env` (and PATH)
 * reaches it, not the test runner's variables.
 */
export async function startApiProcess(env: Record<string, string>, options: StartOptions = {}): Promise<ApiProcess> {
  // freePort's port can be taken by another suite's process before this one listens: try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env, options);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOnce(env: Record<string, string>, options: StartOptions): Promise<ApiProcess> {
  const port = await freePort();
  const [command, ...args] = [...(options.wrap ?? []), process.execPath, '--enable-source-maps', '--import', REGISTER, 'apps/api/src/main.ts'];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (output += chunk));
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timeout = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    try {
      return await exited;
    } finally {
      clearTimeout(timeout);
    }
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await healthy(base))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the API process on port ${port} did not become healthy (exit code ${child.exitCode}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { pid: child.pid!, base, output: () => output, stop, exited, kill: (signal) => child.kill(signal) };
}

async function healthy(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/v1/health`)).ok;
  } catch {
    return false;
  }
}

/** A port free at this moment, for a child process to bind a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
