import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);

describe('npm run ingest', () => {
  let t: TestApp;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    env = { ...process.env, FACTDESK_URL: `http://127.0.0.1:${port}`, FACTDESK_TOKEN: t.adminToken };
    dir = mkdtempSync(join(tmpdir(), 'factdesk-ingest-'));
  });
  afterAll(() => t?.close());

  const ingest = (...args: string[]) => run(process.execPath, ['scripts/ingest.mjs', ...args], { env, cwd: process.cwd() }).catch((e: { stdout: string; stderr: string; code: number }) => e);

  it('loads a JSONL file in batches with progress, writes failures to a file, and skips everything on a second run', async () => {
    const lines = Array.from({ length: 7 }, (_, i) => JSON.stringify({ content: `Harbour police seized ${i + 3} boats in Ostend on 2 June 2024, the mayor said.`, url: `https://cli.test/${i}` }));
    lines.splice(3, 0, JSON.stringify({ content: '   ' }), '{broken');
    const file = join(dir, 'archive.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const failures = join(dir, 'failures.jsonl');

    const first = await ingest(file, '--batch', '3', '--failures', failures);
    expect(first.stdout).toContain('9 items: 7 created, 0 unchanged (already there), 2 failed');
    expect(first.stderr).toMatch(/\[#+\] 8\/8 +[\d.]+ articles\/s +ETA 0 s/);
    const failed = readFileSync(failures, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failed.map((f: { source: string }) => f.source).sort()).toEqual([`${file}:4`, `${file}:5`]);
    expect(failed.find((f: { status: number | null }) => f.status === 422).type).toBe('/problems/empty-article');

    const second = await ingest(file, '--batch', '3', '--failures', failures);
    expect(second.stdout).toContain('0 created, 7 unchanged (already there), 2 failed');
  });

  it('loads a folder of .txt and .html files and resumes without duplicates', async () => {
    const folder = join(dir, 'stories');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Customs officers in Antwerp found 2.3 tonnes of cocaine on 12 March 2023, the ministry said.');
    writeFileSync(join(folder, 'b.html'), '<article><h1>Raid</h1><p>Police searched 14 warehouses in Rotterdam on Friday, prosecutors said.</p></article>');
    writeFileSync(join(folder, 'notes.md'), 'ignored');
    const first = await ingest(folder, '--failures', join(dir, 'f2.jsonl'));
    expect(first.stdout).toContain('2 items: 2 created');
    const second = await ingest(folder, '--failures', join(dir, 'f2.jsonl'));
    expect(second.stdout).toContain('2 items: 0 created, 2 unchanged');
  });

  it('explains how to call it when the token is missing', async () => {
    const res = (await run(process.execPath, ['scripts/ingest.mjs', 'x.jsonl'], { env: { ...env, FACTDESK_TOKEN: '' } }).catch((e) => e)) as { code: number; stderr: string };
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('usage: FACTDESK_URL=');
  });
});
