import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { SeedsService } from '../../apps/api/src/seeds/seeds.service.js';
import { seedsDir } from '../../apps/api/src/seeds/seeds-dir.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  adminToken: string;
  /** DATA_DIR or DATABASE_URL of the suite's own database. */
  databaseEnv: Record<string, string>;
  /** Bearer header for a token of that role, created once per suite. */
  auth(role?: 'viewer' | 'editor' | 'admin'): Promise<{ Authorization: string }>;
  /** A new token with this name and role: its id, and the Bearer header. */
  newToken(name: string, role?: 'viewer' | 'editor' | 'admin'): Promise<{ id: string; secret: string; header: { Authorization: string } }>;
  /** The id of the newest article whose title or outlet contains `name` (the search also matches text; this picks by name). */
  articleNamed(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the whole API for one suite on its own database: a copy of the migrated embedded
 * template by default, or a fresh database on the server named by DATABASE_URL.
 */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string>; viaPort?: number } = {}): Promise<TestApp> {
  const adminToken = `test-admin-${randomBytes(12).toString('hex')}`;
  const database = await ownDatabase();
  if (options.viaPort && database.env.DATABASE_URL) {
    const url = new URL(database.env.DATABASE_URL);
    url.port = String(options.viaPort);
    database.env.DATABASE_URL = url.toString();
  }
  // Suites fire many writes from one address; the rate-limit suite sets its own limits.
  const limits = { RATE_LIMIT_WRITES_PER_TOKEN: '100000', RATE_LIMIT_WRITES_PER_IP: '100000', RATE_LIMIT_FAILED_AUTH_PER_IP: '100000' };
  // Most suites test one thing with one editor, who decides and publishes alone; the review suites
  // and the team browser test pass REVIEW_REQUIRED: 'true', the product's default.
  const config = loadConfig({ ...database.env, ADMIN_TOKEN: adminToken, SEED: 'false', REVIEW_REQUIRED: 'false', ...limits, ...options.env });
  const app = await createApp(config, { logger: false });
  await app.init();
  if (options.seed) await app.get(SeedsService).load(seedsDir());
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    adminToken,
    databaseEnv: database.env,
    async auth(role = 'admin') {
      if (role === 'admin') return { Authorization: `Bearer ${adminToken}` };
      if (!tokens.has(role)) {
        const res = await http.post('/api/v1/tokens').set('Authorization', `Bearer ${adminToken}`).send({ name: `test ${role}`, role });
        if (res.status !== 201) throw new Error(`could not create a ${role} token: ${res.status} ${JSON.stringify(res.body)}`);
        tokens.set(role, res.body.secret);
      }
      return { Authorization: `Bearer ${tokens.get(role)}` };
    },
    async newToken(name, role = 'editor') {
      const res = await http.post('/api/v1/tokens').set('Authorization', `Bearer ${adminToken}`).send({ name, role });
      if (res.status !== 201) throw new Error(`could not create the token ${name}: ${res.status} ${JSON.stringify(res.body)}`);
      return { id: res.body.id, secret: res.body.secret, header: { Authorization: `Bearer ${res.body.secret}` } };
    },
    async articleNamed(name) {
      const res = await http.get('/api/v1/articles').query({ q: name, limit: 200 }).set('Authorization', `Bearer ${adminToken}`);
      const named = (res.body.items ?? []).find((a: { title: string | null; outlet: string | null }) => [a.title, a.outlet].some((f) => f?.toLowerCase().includes(name.toLowerCase())));
      if (!named) throw new Error(`no article named ${name}`);
      return named.id as string;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export async function ownDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `factdesk_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { env: { DATABASE_URL: url.toString() }, drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'));
  const template = inject('templateDir');
  if (template) cpSync(template, dir, { recursive: true });
  return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** One statement on its own connection (CREATE / DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
