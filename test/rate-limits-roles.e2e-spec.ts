import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const item = (n: number) => ({ content: `Police in Ghent seized ${n + 5} scooters on 4 April 2024, the city said.`, url: `https://limits.test/${n}` });

describe('rate limits per role and the ingest budget', () => {
  let t: TestApp;
  // Made before any limit is spent: creating a token is one of the admin's writes. The role test counts
  // on an admin token of its own, so those writes of ADMIN_TOKEN are not taken from its eight.
  let loader: { Authorization: string };
  let wanderer: { Authorization: string };
  let admin: { Authorization: string };
  let replayer: { Authorization: string };
  let careless: { Authorization: string };
  let pacer: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES_PER_TOKEN: '3', RATE_LIMIT_WRITES_ADMIN: '8', RATE_LIMIT_INGEST_ITEMS_PER_TOKEN: '25', RATE_LIMIT_WRITES_PER_IP: '1000' } });
    loader = (await t.newToken('loader')).header;
    wanderer = (await t.newToken('wanderer')).header;
    admin = (await t.newToken('second admin', 'admin')).header;
    replayer = (await t.newToken('replayer')).header;
    careless = (await t.newToken('careless')).header;
    pacer = (await t.newToken('pacer')).header;
  });
  afterAll(() => t?.close());

  const writesUntil429 = async (auth: { Authorization: string }, prefix: string) => {
    for (let i = 1; i <= 12; i++) {
      const res = await t.http.post('/api/v1/claims').set(auth).send({ text: `${prefix} claim ${i} about Ghent.` });
      if (res.status === 429) return i - 1;
    }
    return 12;
  };

  it('gives each role its own write limit, falling back to RATE_LIMIT_WRITES_PER_TOKEN', async () => {
    expect(await writesUntil429(await t.auth('editor'), 'editor')).toBe(3);
    expect(await writesUntil429(admin, 'admin')).toBe(8);
  });

  it("counts a token's writes on every route against one limit, not a limit per route", async () => {
    await t.http.post('/api/v1/claims').set(wanderer).send({ text: 'Wanderer claim about Ghent.' }).expect(201);
    const article = await t.http.post('/api/v1/articles').set(wanderer).send(item(300)).expect(201);
    expect(article.headers['x-ratelimit-remaining-token']).toBe('1');
    await t.http.patch(`/api/v1/articles/${article.body.id}`).set(wanderer).send({ title: 'Scooters' }).expect(200);
    const limited = await t.http.post(`/api/v1/articles/${article.body.id}/revisions`).set(wanderer).send({ content: item(301).content }).expect(429);
    expect(limited.body.type).toBe('/problems/too-many-requests');
  });

  it('counts batch items against the ingest budget, not the write limit, and refuses a batch that does not fit', async () => {
    // 20 articles in two requests: far more than the 3 writes an editor may make, within the 25-item budget.
    for (const start of [0, 10]) {
      const res = await t.http.post('/api/v1/articles/batch').set(loader).send({ items: Array.from({ length: 10 }, (_, i) => item(start + i)) }).expect(200);
      expect(res.body.created).toBe(10);
    }
    const refused = await t.http.post('/api/v1/articles/batch').set(loader).send({ items: Array.from({ length: 6 }, (_, i) => item(100 + i)) }).expect(429);
    expect(refused.body.type).toBe('/problems/too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM article WHERE url LIKE 'https://limits.test/10_'`);
    expect(rows[0].n).toBe(0);
    await t.http.post('/api/v1/articles/batch').set(loader).send({ items: [item(200)] }).expect(200);
  });

  it('refuses a batch of more items than the whole ingest budget with 413, not a 429 that no wait would cure', async () => {
    const res = await t.http.post('/api/v1/articles/batch').set(wanderer).send({ items: Array.from({ length: 26 }, (_, i) => item(400 + i)) }).expect(413);
    expect(res.body.type).toBe('/problems/payload-too-large');
    expect(res.body.detail).toContain('25');
    expect(res.headers['retry-after']).toBeUndefined();
    // Refused whole: nothing of the budget is spent.
    await t.http.post('/api/v1/articles/batch').set(wanderer).send({ items: Array.from({ length: 25 }, (_, i) => item(500 + i)) }).expect(200);
  });

  it('does not charge the ingest budget for a replay answered from the Idempotency-Key store', async () => {
    const body = { items: Array.from({ length: 20 }, (_, i) => item(700 + i)) };
    const first = await t.http.post('/api/v1/articles/batch').set(replayer).set('Idempotency-Key', 'load-700').send(body).expect(200);
    expect(first.body.created).toBe(20);
    // A client that lost the answer resends: it gets the first answer, and the budget is not spent twice.
    const replay = await t.http.post('/api/v1/articles/batch').set(replayer).set('Idempotency-Key', 'load-700').send(body).expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    await t.http.post('/api/v1/articles/batch').set(replayer).send({ items: Array.from({ length: 5 }, (_, i) => item(720 + i)) }).expect(200);
    await t.http.post('/api/v1/articles/batch').set(replayer).send({ items: [item(725)] }).expect(429);
  });

  it('does not charge the ingest budget for items refused by validation, nor for a batch refused whole', async () => {
    const mixed = await t.http.post('/api/v1/articles/batch').set(careless).send({ items: [{}, {}, item(800)] }).expect(200);
    expect(mixed.body.results.map((r: { status: number }) => r.status)).toEqual([400, 400, 201]);
    await t.http.post('/api/v1/articles/batch').set(careless).send({ items: ['not an article'] }).expect(400);
    // Only the article that was written counts: 24 of the 25 are left.
    await t.http.post('/api/v1/articles/batch').set(careless).send({ items: Array.from({ length: 24 }, (_, i) => item(801 + i)) }).expect(200);
    await t.http.post('/api/v1/articles/batch').set(careless).send({ items: [item(825)] }).expect(429);
  });

  it('tells the ingest budget in X-RateLimit-*-ingest headers on batch answers, and sends no per-token write headers there', async () => {
    const ok = await t.http.post('/api/v1/articles/batch').set(pacer).send({ items: [item(900), item(901), {}] }).expect(200);
    expect(ok.headers).toMatchObject({ 'x-ratelimit-limit-ingest': '25', 'x-ratelimit-remaining-ingest': '23' });
    expect(Number(ok.headers['x-ratelimit-reset-ingest'])).toBeGreaterThan(0);
    expect(Number(ok.headers['x-ratelimit-reset-ingest'])).toBeLessThanOrEqual(60);
    // The per-token write limit does not apply here, so it is not described; the per-address one does.
    expect(ok.headers['x-ratelimit-remaining-token']).toBeUndefined();
    expect(ok.headers['x-ratelimit-remaining-ip']).toBeDefined();
    const refused = await t.http.post('/api/v1/articles/batch').set(pacer).send({ items: Array.from({ length: 24 }, (_, i) => item(902 + i)) }).expect(429);
    expect(refused.headers).toMatchObject({ 'x-ratelimit-limit-ingest': '25', 'x-ratelimit-remaining-ingest': '23' });
    const whole400 = await t.http.post('/api/v1/articles/batch').set(pacer).send({ items: ['not an article'] }).expect(400);
    expect(whole400.headers['x-ratelimit-remaining-ingest']).toBe('23');
  });
});

describe('a batch replayed while its original is still running', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  let racer: { Authorization: string };
  // The page server holds each request for /held until released, so both batches are in flight at once.
  const held: Array<() => void> = [];
  let arrived: () => void = () => {};
  beforeAll(async () => {
    server = createServer((req, res) => {
      held.push(() => res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Police in Ghent seized 40 scooters on 4 April 2024, the city said.'));
      arrived();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({ env: { RATE_LIMIT_INGEST_ITEMS_PER_TOKEN: '25', RATE_LIMIT_WRITES_PER_IP: '1000', FETCH_ALLOWED_HOSTS: base.slice('http://'.length) } });
    racer = (await t.newToken('racer')).header;
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('answers the late copy 409 as a whole, charging no budget for it and keeping the first answer for replays', async () => {
    const body = { items: [{ url: `${base}/held` }, item(1000), item(1001)] };
    const send = () => t.http.post('/api/v1/articles/batch').set(racer).set('Idempotency-Key', 'race-1').send(body);
    const fetched = (n: number) => new Promise<void>((resolve) => (arrived = () => held.length >= n && resolve()));
    const waitFirst = fetched(1);
    const first = send().then((r) => r);
    await waitFirst;
    const waitSecond = fetched(2);
    const second = send().then((r) => r);
    await waitSecond;
    for (const release of held) release();
    const answers = await Promise.all([first, second]);
    const done = answers.find((r) => r.status === 200)!;
    expect(done.body.created).toBe(3);
    // The copy did nothing (the key was taken), so it is a conflict to retry, not a 200 of three failed items.
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const replay = await send().expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(done.body);
    // Only the three items written were charged: 22 of the 25 are left.
    await t.http.post('/api/v1/articles/batch').set(racer).send({ items: Array.from({ length: 22 }, (_, i) => item(1002 + i)) }).expect(200);
  });
});
