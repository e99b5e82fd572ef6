import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/** The server runs as nobody for the permission test, so nobody must be able to read the checkout. */
const nobodyCanRun = isRoot && (() => {
  try {
    execFileSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'test', '-r', 'apps/api/src/main.ts'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const token = `test-admin-${randomBytes(12).toString('hex')}`;
const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
const baseEnv = { ADMIN_TOKEN: token, SEED: 'false', EVIDENCE_WORKER: 'false', LOG_LEVEL: 'fatal', SHUTDOWN_TIMEOUT_MS: '3000', RATE_LIMIT_WRITES_PER_IP: '100000', RATE_LIMIT_WRITES_PER_TOKEN: '100000' };
const claim = (i: number) => JSON.stringify({ text: `Claim ${i} about Europol: ${'x'.repeat(1800)}` });

/** Writes until one is refused; returns the acknowledged ids and the refusal. */
async function writeUntilRefused(api: ApiProcess, max = 3000) {
  const acknowledged: string[] = [];
  for (let i = 0; i < max; i++) {
    const res = await fetch(`${api.base}/api/v1/claims`, { method: 'POST', headers, body: claim(i) });
    if (res.status !== 201) return { acknowledged, refusal: res, body: (await res.json()) as { type: string; detail: string } };
    acknowledged.push(((await res.json()) as { id: string }).id);
  }
  throw new Error(`${max} writes all succeeded`);
}

async function expectRecovers(api: ApiProcess) {
  await expect.poll(async () => (await fetch(`${api.base}/api/v1/health`)).status, { timeout: 15_000, interval: 200 }).toBe(200);
  const res = await fetch(`${api.base}/api/v1/claims`, { method: 'POST', headers, body: claim(-1) });
  expect(res.status).toBe(201);
}

async function expectReadsAndHealthDown(api: ApiProcess, acknowledged: string[], reason: RegExp) {
  const health = await fetch(`${api.base}/api/v1/health`);
  expect(health.status).toBe(503);
  const body = (await health.json()) as { status: string; details: { storage: { status: string; reason: string } } };
  expect(body.status).toBe('error');
  expect(body.details.storage.status).toBe('down');
  expect(body.details.storage.reason).toMatch(reason);
  expect((await fetch(`${api.base}/api/v1/health/live`)).status).toBe(200);
  const list = await fetch(`${api.base}/api/v1/claims?limit=5`, { headers });
  expect(list.status, await list.clone().text()).toBe(200);
  for (const id of acknowledged.slice(-5)) expect((await fetch(`${api.base}/api/v1/claims/${id}`, { headers })).status).toBe(200);
}

async function expectStopsOnSigterm(api: ApiProcess) {
  const started = Date.now();
  const exit = await api.stop();
  // stop() sends SIGKILL only after 10 s; SHUTDOWN_TIMEOUT_MS is 3 s.
  expect(exit.signal).not.toBe('SIGKILL');
  expect(Date.now() - started).toBeLessThan(8_000);
}

// Mounting a file system and dropping privileges need root; the embedded database lives on that disk.
describe.skipIf(!isRoot || Boolean(process.env.DATABASE_URL))('when the data directory’s disk refuses writes', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  /** A tmpfs of `size` inside a temporary directory, unmounted and removed after the test. */
  function smallDisk(size: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-disk-'));
    const mnt = join(dir, 'mnt');
    mkdirSync(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mnt]);
    cleanups.push(() => {
      execFileSync('umount', ['-l', mnt]);
      rmSync(dir, { recursive: true, force: true });
    });
    return mnt;
  }

  it('answers 503 disk-full, reports health down, keeps reads, and recovers when space returns', async () => {
    const mnt = smallDisk('64m');
    cpSync(inject('templateDir')!, join(mnt, 'data'), { recursive: true });
    const api = await startApiProcess({ ...baseEnv, DATA_DIR: join(mnt, 'data') });
    cleanups.push(() => api.kill('SIGKILL'));
    const filler = openSync(join(mnt, 'filler'), 'w');
    try {
      for (const chunk = Buffer.alloc(1 << 20); ; ) writeSync(filler, chunk);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(filler);
    }
    const { acknowledged, refusal, body } = await writeUntilRefused(api);
    expect(refusal.status).toBe(503);
    expect(refusal.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refusal.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(body.type).toBe('/problems/disk-full');
    expect(body.detail).toMatch(/disk .* is full/);
    await expectReadsAndHealthDown(api, acknowledged, /full/);

    rmSync(join(mnt, 'filler'));
    await expectRecovers(api);
    for (const id of acknowledged) expect((await fetch(`${api.base}/api/v1/claims/${id}`, { headers })).status).toBe(200);
    await expectStopsOnSigterm(api);
  }, 180_000);

  it('refuses to start on a full disk with one sentence naming the directory and the cause', async () => {
    const mnt = smallDisk('2m');
    const child = spawn(process.execPath, ['--import', './test/support/ts-register.mjs', 'apps/api/src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', ...baseEnv, LOG_LEVEL: 'error', PORT: '0', DATA_DIR: join(mnt, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    // The last line is main()'s one sentence, as a JSON log line (Nest logs the error with its stack before it).
    const last = JSON.parse(output.trim().split('\n').at(-1)!) as { level: string; msg: string };
    expect(last.level).toBe('fatal');
    expect(last.msg).toMatch(new RegExp(`^Cannot open the embedded database in ${join(mnt, 'data')}: the disk is full \\(ENOSPC\\)\\.$`));
  }, 120_000);

  it.skipIf(!nobodyCanRun)('answers 503 storage-read-only while permission is taken away, recovers, and still stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-perm-'));
    chmodSync(dir, 0o755);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const data = join(dir, 'data');
    cpSync(inject('templateDir')!, data, { recursive: true });
    execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, data]);
    const api = await startApiProcess({ ...baseEnv, DATA_DIR: data }, { wrap: ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'] });
    cleanups.push(() => api.kill('SIGKILL'));

    // PostgreSQL opens every relation file read-write, so only what it already has open stays
    // readable once permission is gone: read the claims once before.
    for (let i = 0; i < 3; i++) expect((await fetch(`${api.base}/api/v1/claims`, { method: 'POST', headers, body: claim(i) })).status).toBe(201);
    for (const path of ['/api/v1/claims?limit=5', '/api/v1/claims']) expect((await fetch(`${api.base}${path}`, { headers })).status).toBe(200);
    execFileSync('chmod', ['-R', 'a-w', data]);
    const { acknowledged, refusal, body } = await writeUntilRefused(api);
    expect(refusal.status).toBe(503);
    expect(body.type).toBe('/problems/storage-read-only');
    await expectReadsAndHealthDown(api, acknowledged, /permission denied/);

    execFileSync('chmod', ['-R', 'u+w', data]);
    await expectRecovers(api);

    execFileSync('chmod', ['-R', 'a-w', data]);
    await writeUntilRefused(api);
    await expectStopsOnSigterm(api);
  }, 180_000);
});
