import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('rate limits and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_WRITES_PER_TOKEN: '5', RATE_LIMIT_WRITES_PER_IP: '12', RATE_LIMIT_FAILED_AUTH_PER_IP: '3', CORS_ORIGINS: 'https://desk.example.org' },
    });
  });
  afterAll(() => t?.close());

  it('limits writes per token with 429 problem+json and Retry-After, but not reads', async () => {
    const editor = await t.auth('editor');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.http.post('/api/v1/claims').set(editor).send({ text: `Claim ${i} about Europol.` })).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    const limited = await t.http.post('/api/v1/claims').set(editor).send({ text: 'One more claim about Europol.' }).expect(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.body.type).toBe('/problems/too-many-requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.detail).toMatch(/^More than 5 writes in \d+ s from this token or address\. Retry after \d+ s/);
    expect(limited.body.detail).toContain(`Retry after ${limited.headers['retry-after']} s`);
    for (let i = 0; i < 10; i++) await t.http.get('/api/v1/claims').set(editor).expect(200);
  });

  it('counts another token separately until the address limit is reached', async () => {
    const created = await t.http.post('/api/v1/tokens').set(await t.auth('admin')).send({ name: 'second editor', role: 'editor' });
    const second = { Authorization: `Bearer ${created.body.secret}` };
    await t.http.post('/api/v1/claims').set(second).send({ text: 'A claim from the second editor.' }).expect(201);
    let status = 201;
    for (let i = 0; i < 10 && status !== 429; i++) status = (await t.http.post('/api/v1/claims').set(second).send({ text: `Second editor claim ${i}.` })).status;
    expect(status).toBe(429);
  });

  it('answers repeated bad tokens from one address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.http.get('/api/v1/articles').set('Authorization', `Bearer fd_guess${i}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });

  it('allows browsers only from configured origins', async () => {
    const allowed = await t.http.get('/api/v1/health').set('Origin', 'https://desk.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://desk.example.org');
    // A browser client can only back off if it may read the limiter's headers.
    const exposed = String(allowed.headers['access-control-expose-headers']).split(',').map((h) => h.trim());
    expect(exposed).toEqual(expect.arrayContaining(['Retry-After', 'X-RateLimit-Limit-token', 'X-RateLimit-Remaining-token', 'X-RateLimit-Reset-token', 'X-RateLimit-Remaining-ip', 'X-RateLimit-Limit-ingest', 'X-RateLimit-Remaining-ingest', 'X-RateLimit-Reset-ingest', 'Retry-After-ip', 'Location', 'ETag', 'WWW-Authenticate']));
    const other = await t.http.get('/api/v1/health').set('Origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends security headers', async () => {
    const res = await t.http.get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
