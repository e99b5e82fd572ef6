import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startApiProcess } from './support/api-process.js';
import { ownDatabase } from './support/test-app.js';

const canUnshare = (() => {
  try {
    execFileSync('unshare', ['--pid', '--fork', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * A restarted container runs its server as PID 1 again, which is what made the old PID-file lock
 * refuse forever. Each round here starts the server as PID 1 of a new PID namespace, kills it with
 * SIGKILL in the middle of writes, and starts the next one at once on the same data directory.
 */
describe.skipIf(Boolean(process.env.DATABASE_URL) || !canUnshare)('SIGKILL and an immediate restart under PID reuse', () => {
  it('starts cleanly 10 rounds in a row and loses no acknowledged write', async () => {
    const database = await ownDatabase();
    const token = `test-admin-${randomBytes(12).toString('hex')}`;
    const env = { ...database.env, ADMIN_TOKEN: token, SEED: 'false', EVIDENCE_WORKER: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_WRITES_PER_IP: '100000', RATE_LIMIT_WRITES_PER_TOKEN: '100000' };
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const acknowledged: string[] = [];
    try {
      for (let round = 0; round < 10; round++) {
        const api = await startApiProcess(env, { wrap: ['unshare', '--pid', '--fork', '--kill-child'] });
        // Every acknowledged write of earlier rounds survived the kill.
        const missing = [];
        for (const id of acknowledged) if ((await fetch(`${api.base}/api/v1/claims/${id}`, { headers })).status !== 200) missing.push(id);
        expect(missing, `round ${round}`).toEqual([]);
        let writing = true;
        let ackedThisRound = 0;
        const statuses: number[] = [];
        const writer = async (w: number) => {
          for (let i = 0; writing; i++) {
            const res = await fetch(`${api.base}/api/v1/claims`, { method: 'POST', headers, body: JSON.stringify({ text: `Round ${round} writer ${w} claim ${i}.` }) }).catch(() => null);
            if (res?.status === 201) {
              acknowledged.push(((await res.json()) as { id: string }).id);
              ackedThisRound++;
            } else if (res) statuses.push(res.status);
          }
        };
        const writers = [0, 1, 2].map(writer);
        // Kill in the middle of a stream of writes, some of them acknowledged already.
        await expect.poll(() => ackedThisRound, { timeout: 20_000, interval: 20 }).toBeGreaterThan(5);
        // unshare --kill-child passes the SIGKILL on to the server, PID 1 in its namespace.
        api.kill('SIGKILL');
        await api.exited;
        writing = false;
        await Promise.all(writers);
        expect(statuses.filter((s) => s !== 0), `round ${round}: answers other than 201`).toEqual([]);
      }
      const last = await startApiProcess(env, { wrap: ['unshare', '--pid', '--fork', '--kill-child'] });
      try {
        expect(acknowledged.length).toBeGreaterThan(10);
        const verify = (await (await fetch(`${last.base}/api/v1/audit/verify`, { headers })).json()) as { valid: boolean };
        expect(verify.valid).toBe(true);
        for (const id of acknowledged) expect((await fetch(`${last.base}/api/v1/claims/${id}`, { headers })).status).toBe(200);
      } finally {
        await last.stop();
      }
    } finally {
      await database.drop();
    }
  }, 300_000);
});
