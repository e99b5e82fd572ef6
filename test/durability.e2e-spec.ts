import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApiProcess } from './support/api-process.js';
import { ownDatabase } from './support/test-app.js';

const hasStrace = (() => {
  try {
    execFileSync('strace', ['-qq', '-e', 'trace=fsync', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const syncCalls = (file: string) => (readFileSync(file, 'utf8').match(/\b(fsync|fdatasync)\(/g) ?? []).length;

// PGlite's own default is fsync off: a commit would reach the page cache, not the disk.
describe.skipIf(Boolean(process.env.DATABASE_URL) || !hasStrace)('durable commits on the embedded database', () => {
  it('calls fsync for every acknowledged commit', async () => {
    const database = await ownDatabase();
    const traceDir = mkdtempSync(join(tmpdir(), 'factdesk-strace-'));
    const trace = join(traceDir, 'trace');
    const token = `test-admin-${randomBytes(12).toString('hex')}`;
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const api = await startApiProcess(
      { ...database.env, ADMIN_TOKEN: token, SEED: 'false', EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false', LOG_LEVEL: 'warn' },
      { wrap: ['strace', '-f', '-qq', '-e', 'trace=fsync,fdatasync', '-o', trace] },
    );
    try {
      const writes = 30;
      const before = syncCalls(trace);
      for (let i = 0; i < writes; i++) {
        const res = await fetch(`${api.base}/api/v1/claims`, { method: 'POST', headers, body: JSON.stringify({ text: `Durable claim ${i} about Europol.` }) });
        expect(res.status).toBe(201);
      }
      expect(syncCalls(trace) - before).toBeGreaterThanOrEqual(writes);
    } finally {
      await api.stop();
      await database.drop();
      rmSync(traceDir, { recursive: true, force: true });
    }
  }, 120_000);
});
