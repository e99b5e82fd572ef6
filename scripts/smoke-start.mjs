// `node scripts/smoke-start.mjs`: starts the built server (dist/) with the node running this script,
// on a fresh embedded database and a free port, waits until /api/v1/health says ok, then stops it
// with SIGTERM. .ci/run runs it under Node 24 to show the server starts there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-smoke-'));
const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
  env: { PATH: process.env.PATH, PORT: String(port), DATA_DIR: dataDir, SEED: 'true', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
let healthy = false;
for (let i = 0; i < 120 && !healthy && child.exitCode === null; i++) {
  await new Promise((r) => setTimeout(r, 500));
  healthy = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false);
}
child.kill('SIGTERM');
const exit = await exited;
rmSync(dataDir, { recursive: true, force: true });
console.log(`Node ${process.version}: ${healthy ? 'the server started and answered /api/v1/health' : 'the server did not become healthy'}; SIGTERM → exit ${exit.code ?? exit.signal}`);
// Nest's shutdown hook re-raises the signal once it has closed everything, so SIGTERM is a clean exit.
process.exit(healthy && (exit.code === 0 || exit.signal === 'SIGTERM') ? 0 : 1);
