import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../apps/api/src/audit/audit.service.js';
import { webhookSignature } from '../apps/api/src/webhooks/webhook-signature.js';
import { departures } from './support/conforms.js';
import { loadCommittedSpec } from './support/openapi-walk.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Verify = (secret: string, headers: IncomingHttpHeaders, rawBody: Buffer | string, now?: number) => boolean;

/** The verification snippet exactly as the README gives it, so the documented code is the tested code. */
async function loadReadmeVerifier(dir: string): Promise<Verify> {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const snippet = /```js\n(\/\/ verify-factdesk-webhook\.mjs\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error('README.md has no verify-factdesk-webhook.mjs snippet');
  const file = join(dir, 'verify-factdesk-webhook.mjs');
  writeFileSync(file, snippet);
  return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { verifyFactdeskWebhook: Verify }).verifyFactdeskWebhook;
}

interface Received {
  headers: IncomingHttpHeaders;
  raw: Buffer;
  signatureValid: boolean;
  event: { id: string; type: string; occurredAt: string; data: { entityType: string; entityId: string; before: unknown; after: unknown; reason: string | null; actor: string } };
}

/** A local endpoint that checks every signature (401 when wrong) and fails its first `failFirst` requests with 500. */
async function startReceiver(verify: Verify, options: { failFirst?: number; alwaysFail?: boolean; hangMs?: number } = {}) {
  const received: Received[] = [];
  let secret = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const signatureValid = verify(secret, req.headers, raw);
      received.push({ headers: req.headers, raw, signatureValid, event: JSON.parse(raw.toString('utf8')) });
      const failing = options.alwaysFail || received.length <= (options.failFirst ?? 0);
      setTimeout(() => res.writeHead(!signatureValid ? 401 : failing ? 500 : 204).end(), options.hangMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    useSecret: (s: string) => (secret = s),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const MAX_ATTEMPTS = 4;
const TIMEOUT_MS = 2_000;

describe('webhooks', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let editor: { Authorization: string };
  let verify: Verify;
  let dir: string;
  const receivers: Array<{ close(): Promise<void> }> = [];

  const receiver = async (options?: { failFirst?: number; alwaysFail?: boolean; hangMs?: number }) => {
    const r = await startReceiver(verify, options);
    receivers.push(r);
    return r;
  };
  const register = async (r: { url: string; useSecret(s: string): void }, events: string[]) => {
    const res = await t.http.post('/api/v1/webhooks').set(admin).send({ url: r.url, events, description: 'test receiver' }).expect(201);
    r.useSecret(res.body.secret);
    return res.body as { id: string; secret: string };
  };
  const deliveries = async (id: string, query = '') => (await t.http.get(`/api/v1/webhooks/${id}/deliveries${query}`).set(admin).expect(200)).body;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-webhooks-'));
    verify = await loadReadmeVerifier(dir);
    t = await startTestApp({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1, localhost:9, [::1]:9', EVIDENCE_WORKER: 'false', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS), WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS) } });
    admin = await t.auth('admin');
    editor = await t.auth('editor');
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all(receivers.map((r) => r.close()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is admin-only: 403 problem+json for an editor or a viewer, 401 without a token', async () => {
    const viewer = await t.auth('viewer');
    for (const who of [editor, viewer]) {
      const res = await t.http.post('/api/v1/webhooks').set(who).send({ url: 'https://example.org/hook', events: ['claim.created'] }).expect(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('/problems/forbidden');
      await t.http.get('/api/v1/webhooks').set(who).expect(403);
    }
    await t.http.get('/api/v1/webhooks').expect(401);
    expect((await t.http.get('/api/v1/webhooks').set(admin).expect(200)).body).toEqual([]);
  });

  it('rejects invalid registrations with 400 validation-failed problem+json', async () => {
    const bad: Array<[unknown, string]> = [
      [{ url: 'ftp://example.org/hook', events: ['claim.created'] }, 'url'],
      [{ url: 'javascript:alert(1)', events: ['claim.created'] }, 'url'],
      [{ url: 'not a url', events: ['claim.created'] }, 'url'],
      [{ url: 'https://user:pass@example.org/hook', events: ['claim.created'] }, 'url'],
      // isURL takes these, Node's URL parser does not: a 400 here, not a 500 when the address is checked.
      [{ url: 'http://⒈a/hook', events: ['claim.created'] }, 'url'],
      [{ url: 'http://[fe80::1%eth0]/hook', events: ['claim.created'] }, 'url'],
      [{ events: ['claim.created'] }, 'url'],
      [{ url: 'https://example.org/hook', events: [] }, 'events'],
      [{ url: 'https://example.org/hook', events: ['claim.deleted'] }, 'events'],
      [{ url: 'https://example.org/hook', events: ['claim.created', 'claim.created'] }, 'events'],
      [{ url: 'https://example.org/hook', events: 'claim.created' }, 'events'],
      [{ url: 'https://example.org/hook', events: ['claim.created'], secret: 'mine' }, 'secret'],
      [{ url: 'https://example.org/hook', events: ['claim.created'], description: 'x'.repeat(501) }, 'description'],
    ];
    for (const [body, field] of bad) {
      const res = await t.http.post('/api/v1/webhooks').set(admin).send(body as object).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('/problems/validation-failed');
      expect(res.body.errors.map((e: { field: string }) => e.field), JSON.stringify(body)).toContain(field);
    }
    await t.http.get('/api/v1/webhooks/not-a-uuid').set(admin).expect(400);
    const missing = await t.http.get(`/api/v1/webhooks/${randomUUID()}/deliveries`).set(admin).expect(404);
    expect(missing.body.type).toBe('/problems/not-found');
    expect((await t.http.get('/api/v1/webhooks').set(admin).expect(200)).body).toEqual([]);
  });

  it('refuses endpoints on loopback, private, link-local and metadata addresses that WEBHOOK_ALLOWED_HOSTS does not list', async () => {
    for (const url of ['http://127.0.0.2:8080/hook', 'http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:9000/hook', 'http://[::ffff:192.168.1.5]/hook', 'http://localhost:10/hook']) {
      const res = await t.http.post('/api/v1/webhooks').set(admin).send({ url, events: ['claim.created'] }).expect(422);
      expect(res.body.type, url).toBe('/problems/url-not-allowed');
      // A delivery is not a fetch: the title fits both uses of the type.
      expect(res.body.title).toBe('Factdesk does not connect to this address');
      expect(res.body.detail).toContain('WEBHOOK_ALLOWED_HOSTS');
    }
    expect((await t.http.get('/api/v1/webhooks').set(admin).expect(200)).body).toEqual([]);
  });

  it('registers an endpoint on an IPv6 loopback address that WEBHOOK_ALLOWED_HOSTS lists in brackets, on that port only', async () => {
    const listed = await t.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://[::1]:9/hook', events: ['claim.published'] }).expect(201);
    expect(listed.body.url).toBe('http://[::1]:9/hook');
    await t.http.delete(`/api/v1/webhooks/${listed.body.id}`).set(admin).expect(200);
    const otherPort = await t.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://[::1]:10/hook', events: ['claim.published'] }).expect(422);
    expect(otherPort.body.type).toBe('/problems/url-not-allowed');
  });

  it('shows the secret once and records webhook.created without it', async () => {
    const created = await t.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://localhost:9/hook', events: ['claim.published'] }).expect(201);
    expect(created.body).toMatchObject({ url: 'http://localhost:9/hook', events: ['claim.published'], description: null, disabledAt: null });
    expect(created.body.secret).toMatch(/^whsec_[\w-]{43}$/);
    const secret: string = created.body.secret;
    const one = await t.http.get(`/api/v1/webhooks/${created.body.id}`).set(admin).expect(200);
    const list = await t.http.get('/api/v1/webhooks').set(admin).expect(200);
    const audit = await t.http.get(`/api/v1/audit?entityType=webhook&entityId=${created.body.id}`).set(admin).expect(200);
    expect(one.body).not.toHaveProperty('secret');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['webhook.created']);
    for (const body of [one.body, list.body, audit.body]) expect(JSON.stringify(body)).not.toContain(secret);
    await t.http.delete(`/api/v1/webhooks/${created.body.id}`).set(admin).expect(200);
  });

  it('delivers each event exactly once to a healthy endpoint, retries a failing one until it answers, and sends nothing to a disabled one', async () => {
    const healthy = await receiver();
    const flaky = await receiver({ failFirst: 2 });
    const disabled = await receiver();
    const healthyHook = await register(healthy, ['claim.created', 'verdict.changed']);
    const flakyHook = await register(flaky, ['verdict.changed']);
    const disabledHook = await register(disabled, ['claim.created', 'verdict.changed']);
    const off = await t.http.delete(`/api/v1/webhooks/${disabledHook.id}`).set(admin).expect(200);
    expect(off.body.disabledAt).not.toBeNull();
    await t.http.delete(`/api/v1/webhooks/${disabledHook.id}`).set(admin).expect(200);
    const audit = await t.http.get(`/api/v1/audit?entityType=webhook&entityId=${disabledHook.id}`).set(admin).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['webhook.disabled', 'webhook.created']);

    const claims: Array<{ id: string; version: number }> = [];
    for (const text of ['Europol seized 5 servers in April 2018.', 'The operation was led by Belgian prosecutors.', 'Amaq publishes in 12 languages.']) {
      claims.push((await t.http.post('/api/v1/claims').set(editor).send({ text }).expect(201)).body);
    }
    await t.http.put(`/api/v1/claims/${claims[2].id}/verdict`).set(editor).set('If-Match', `"${claims[2].version}"`).send({ verdict: 'unsupported', note: 'No other source.' }).expect(200);

    await waitFor('the flaky endpoint to accept on its third attempt', async () => (await deliveries(flakyHook.id)).items[0]?.status === 'delivered');
    await waitFor('four events at the healthy endpoint', async () => healthy.received.length >= 4);
    // Anything duplicated would arrive within a few worker polls.
    await new Promise((r) => setTimeout(r, 1_000));

    const events = healthy.received.map((r) => r.event);
    expect(healthy.received.every((r) => r.signatureValid)).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => `${e.type} ${e.data.entityId}`).sort()).toEqual(
      [...claims.map((c) => `claim.created ${c.id}`), `verdict.changed ${claims[2].id}`].sort(),
    );
    const verdictEvent = events.find((e) => e.type === 'verdict.changed')!;
    expect(verdictEvent.data).toMatchObject({ entityType: 'claim', entityId: claims[2].id, actor: 'test editor', before: { status: 'open' }, after: { status: 'unsupported' } });
    // The body is the contract openapi.json documents (x-webhooks, WebhookEvent).
    for (const e of events) expect(departures(loadCommittedSpec(), { $ref: '#/components/schemas/WebhookEvent' }, e), `${e.type} ${e.id}`).toEqual([]);
    for (const r of healthy.received) {
      expect(r.headers['factdesk-event-id']).toBe(r.event.id);
      expect(r.headers['factdesk-event-type']).toBe(r.event.type);
      expect(r.headers['content-type']).toBe('application/json');
    }

    // The failing endpoint got the same event three times, signed each time, and the log says so.
    expect(flaky.received.map((r) => r.event.id)).toEqual([verdictEvent.id, verdictEvent.id, verdictEvent.id]);
    expect(flaky.received.every((r) => r.signatureValid)).toBe(true);
    const [flakyLog] = (await deliveries(flakyHook.id)).items;
    expect(flakyLog).toMatchObject({ eventId: verdictEvent.id, eventType: 'verdict.changed', status: 'delivered', attempts: 3, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
    expect(flakyLog.deliveredAt).not.toBeNull();

    const healthyLog = await deliveries(healthyHook.id);
    expect(healthyLog.items).toHaveLength(4);
    expect(healthyLog.items.every((d: { status: string; attempts: number }) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    expect(healthyLog.items.map((d: { eventId: string }) => d.eventId).sort()).toEqual(events.map((e) => e.id).sort());
    // Newest first, one page at a time.
    const first = await deliveries(healthyHook.id, '?limit=3');
    const second = await deliveries(healthyHook.id, `?limit=3&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((d: { id: string }) => d.id)).toEqual(healthyLog.items.map((d: { id: string }) => d.id));
    expect(second.nextCursor).toBeNull();

    expect(disabled.received).toEqual([]);
    expect((await deliveries(disabledHook.id)).items).toEqual([]);
  });

  it('gives up after WEBHOOK_MAX_ATTEMPTS and marks the delivery failed with the last answer', async () => {
    const down = await receiver({ alwaysFail: true });
    const hook = await register(down, ['claim.created']);
    const claim = (await t.http.post('/api/v1/claims').set(editor).send({ text: 'Police in Canada seized 5 servers.' }).expect(201)).body;
    const [log] = await waitFor('the delivery to fail', async () => {
      const { items } = await deliveries(hook.id);
      return items[0]?.status === 'failed' && items;
    });
    expect(log).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: 500, nextAttemptAt: null, deliveredAt: null });
    expect(log.lastError).toMatch(/500/);
    expect(down.received).toHaveLength(MAX_ATTEMPTS);
    expect(down.received.every((r) => r.event.data.entityId === claim.id)).toBe(true);
  });

  it('fails a delivery the address guard refuses at once, without retrying it, and says why in the log', async () => {
    // Endpoints registered before registration checked addresses: an address, and a name resolving to one, that no list allows.
    const hooks = [];
    for (const url of ['http://127.0.0.2:9/refused', 'http://localhost:10/refused']) {
      const hook = (await t.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://localhost:9/refused', events: ['claim.created'] }).expect(201)).body;
      await t.dataSource.query(`UPDATE webhook_endpoint SET url = $2 WHERE id = $1`, [hook.id, url]);
      hooks.push({ id: hook.id as string, host: new URL(url).host });
    }
    await t.http.post('/api/v1/claims').set(editor).send({ text: 'Police in Chile seized 7 servers.' }).expect(201);
    for (const hook of hooks) {
      const [log] = await waitFor('the refused delivery to be recorded', async () => {
        const { items } = await deliveries(hook.id);
        return items[0]?.lastError && items;
      });
      expect(log, hook.host).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null, nextAttemptAt: null, deliveredAt: null });
      expect(log.lastError).toContain(`does not deliver webhooks to ${hook.host}`);
      await t.http.delete(`/api/v1/webhooks/${hook.id}`).set(admin).expect(200);
    }
  });

  it('keeps an editor write fast while an endpoint hangs, times the attempt out, and cancels queued deliveries on disable', async () => {
    const hanging = await receiver({ hangMs: 3 * TIMEOUT_MS });
    const hook = await register(hanging, ['claim.created']);
    await t.http.post('/api/v1/claims').set(editor).send({ text: 'Europol referred 26,000 items to Telegram.' }).expect(201);
    await waitFor('the first attempt to reach the hanging endpoint', async () => hanging.received.length > 0);
    const started = Date.now();
    await t.http.post('/api/v1/claims').set(editor).send({ text: 'Telegram removed the channels within a day.' }).expect(201);
    // The attempt stays out until it times out; a write that waited for it would take most of that.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 0.75);

    const timedOut = await waitFor('a timed-out attempt in the log', async () => (await deliveries(hook.id)).items.find((d: { lastError: string | null }) => d.lastError));
    expect(timedOut).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: `no answer within ${TIMEOUT_MS} ms` });
    expect(timedOut.nextAttemptAt).not.toBeNull();
    await t.http.delete(`/api/v1/webhooks/${hook.id}`).set(admin).expect(200);
    const atDisable = hanging.received.length;
    await new Promise((r) => setTimeout(r, 800));
    const log = (await deliveries(hook.id)).items;
    expect(log.map((d: { status: string }) => d.status)).toEqual(['cancelled', 'cancelled']);
    // At most an attempt already leased when the endpoint was disabled can still go out.
    expect(hanging.received.length).toBeLessThanOrEqual(atDisable + 1);
  });

  it('queues events in the transaction of the change: a rolled-back change sends nothing', async () => {
    const publishing = await receiver();
    const hook = await register(publishing, ['claim.published', 'correction.published']);
    const audit = t.app.get(AuditService);
    const actor = { name: 'test publisher', requestId: 'webhooks-e2e' };
    const rolledBack = randomUUID();
    await expect(
      t.dataSource.transaction(async (em) => {
        await audit.record(em, actor, { action: 'claim.published', entityType: 'claim', entityId: rolledBack });
        throw new Error('the change fails after its audit event');
      }),
    ).rejects.toThrow(/fails after/);
    const committed = randomUUID();
    await t.dataSource.transaction(async (em) => {
      await audit.record(em, actor, [
        { action: 'claim.published', entityType: 'claim', entityId: committed },
        { action: 'correction.published', entityType: 'claim', entityId: committed, reason: 'The date was wrong.' },
        { action: 'article.updated', entityType: 'article', entityId: committed },
      ]);
    });
    await waitFor('the two published events', async () => publishing.received.length >= 2);
    await new Promise((r) => setTimeout(r, 600));
    // Deliveries run side by side, so they may arrive in either order.
    expect(publishing.received.map((r) => `${r.event.type} ${r.event.data.entityId}`).sort()).toEqual([`claim.published ${committed}`, `correction.published ${committed}`]);
    expect(publishing.received.find((r) => r.event.type === 'correction.published')!.event.data).toMatchObject({ reason: 'The date was wrong.', actor: 'test publisher' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE endpoint_id = $1 AND body LIKE $2`, [hook.id, `%${rolledBack}%`]);
    expect(n).toBe(0);
  });

  it('lets a receiver detect a tampered body, a wrong secret and a replayed old request with the README snippet', async () => {
    const secret = 'whsec_test-secret';
    const body = JSON.stringify({ id: randomUUID(), type: 'claim.created', data: { entityId: 'x' } });
    const now = Date.now();
    const signed = (timestamp: number, payload = body) => ({ 'factdesk-timestamp': String(timestamp), 'factdesk-signature': webhookSignature(secret, timestamp, payload) });
    const ts = Math.floor(now / 1000);
    expect(verify(secret, signed(ts), body, now)).toBe(true);
    expect(verify(secret, signed(ts), Buffer.from(body), now)).toBe(true);
    expect(verify(secret, signed(ts), body.replace('claim.created', 'claim.deleted'), now)).toBe(false);
    expect(verify('whsec_other', signed(ts), body, now)).toBe(false);
    expect(verify(secret, signed(ts - 600), body, now)).toBe(false);
    expect(verify(secret, { ...signed(ts), 'factdesk-timestamp': String(ts + 1) }, body, now)).toBe(false);
    expect(verify(secret, { ...signed(ts), 'factdesk-signature': 'v1=zz' }, body, now)).toBe(false);
    expect(verify(secret, { 'factdesk-timestamp': String(ts) }, body, now)).toBe(false);
  });
});
