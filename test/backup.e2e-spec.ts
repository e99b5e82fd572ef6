import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.factory.js';
import { loadConfig } from '../apps/api/src/config/app-config.js';
import { ownDatabase, startTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);

/** The CLI as `npm run backup` / `npm run restore` run it, from source and as a process of its own. */
const cli = (command: 'backup' | 'restore', file: string, env: Record<string, string>) =>
  run(process.execPath, ['--import', './test/support/ts-register.mjs', 'apps/api/src/cli/backup.ts', command, file], { env: { PATH: process.env.PATH ?? '', ...env } });

const TABLES = ['article', 'revision', 'claim', 'verdict', 'citation', 'correction', 'webhook_endpoint', 'webhook_delivery', 'audit_event', 'api_token'];

async function counts(t: { dataSource: { query: (sql: string) => Promise<Array<{ n: number }>> } }) {
  const result: Record<string, number> = {};
  for (const table of TABLES) result[table] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return result;
}

describe('backup and restore', () => {
  let t: TestApp;
  let claimId: string;
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-backup-'));
  beforeAll(async () => {
    t = await startTestApp({ env: { EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' } });
    const editor = await t.auth('editor');
    await t.http.post('/api/v1/webhooks').set(await t.auth('admin')).send({ url: 'https://hooks.example.org/factdesk', events: ['claim.created', 'verdict.changed', 'correction.published'] }).expect(201);
    const article = await t.http.post('/api/v1/articles').set(editor).send({ content: 'Europol said the two-day operation was led by Belgian prosecutors.', url: 'https://news.example.com/takedown' }).expect(201);
    const source = await t.http.post('/api/v1/articles').set(editor).send({ content: 'The operation was led by Belgian prosecutors. It was not led by French prosecutors.' }).expect(201);
    const claim = await t.http.post('/api/v1/claims').set(editor).send({ articleId: article.body.id, quote: { exact: 'the two-day operation was led by Belgian prosecutors' } }).expect(201);
    claimId = claim.body.id;
    const first = await t.http.get(`/api/v1/claims/${claimId}`).set(editor).expect(200);
    await t.http.put(`/api/v1/claims/${claimId}/verdict`).set(editor).set('If-Match', first.headers.etag).send({ verdict: 'verified', citations: [{ articleId: source.body.id, start: 0, end: 44, stance: 'supports' }] }).expect(200);
    await t.http.post(`/api/v1/claims/${claimId}/publish`).set(editor).expect(200);
    const current = await t.http.get(`/api/v1/claims/${claimId}`).set(editor).expect(200);
    await t.http
      .put(`/api/v1/claims/${claimId}/verdict`)
      .set(editor)
      .set('If-Match', current.headers.etag)
      .send({ verdict: 'disputed', citations: [{ articleId: source.body.id, start: 46, end: 83, stance: 'contradicts' }], reason: 'Re-read the sources.', correctionNote: 'A source contradicts it.' })
      .expect(200);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips every row and the audit chain through a backup taken while the server runs', async () => {
    const before = await counts(t);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    const file = join(dir, 'factdesk.backup');
    const backup = await cli('backup', file, t.databaseEnv);
    expect(backup.stdout).toMatch(/^Backed up \d+ rows of \d+ tables/);

    const target = await ownDatabase();
    try {
      // A fresh database: the restore applies the migrations itself.
      const env = process.env.DATABASE_URL ? target.env : { DATA_DIR: join(dir, 'restored') };
      const restore = await cli('restore', file, env);
      expect(restore.stdout).toMatch(/^Restored \d+ rows/);
      const app = await createApp(loadConfig({ ...env, ADMIN_TOKEN: t.adminToken, SEED: 'false', EVIDENCE_WORKER: 'false', WEBHOOK_WORKER: 'false' }), { logger: false });
      await app.init();
      try {
        const http = request(app.getHttpServer());
        const admin = { Authorization: `Bearer ${t.adminToken}` };
        const verify = await http.get('/api/v1/audit/verify').set(admin).expect(200);
        expect(verify.body.valid).toBe(true);
        expect(await counts({ dataSource: app.get(DataSource) })).toEqual(before);
        const claim = await http.get(`/api/v1/claims/${claimId}`).set(admin).expect(200);
        expect(claim.body.verdict.verdict).toBe('disputed');
        expect((await http.get('/api/v1/corrections').expect(200)).body.items).toHaveLength(1);
        // Sequences moved past the restored rows: new writes do not collide.
        await http.post('/api/v1/claims').set(admin).send({ text: 'Written after the restore.' }).expect(201);
        expect((await http.get('/api/v1/audit/verify').set(admin).expect(200)).body.valid).toBe(true);
      } finally {
        await app.close();
      }
      // A second restore into the now non-empty database is refused, and changes nothing.
      await expect(cli('restore', file, env)).rejects.toThrow(/already has \d+ rows: restore into an empty database/);
    } finally {
      await target.drop();
    }
  }, 180_000);
});
