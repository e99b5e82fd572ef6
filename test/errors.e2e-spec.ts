import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('errors and input', () => {
  let t: TestApp;
  let editor: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp({ env: { BODY_LIMIT_BYTES: '4096' } });
    editor = await t.auth('editor');
  });
  afterAll(() => t?.close());

  const expectProblem = (res: { headers: Record<string, string>; body: { type: string; title: string; status: number; detail: string } }, status: number, type: string) => {
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.status).toBe(status);
    expect(res.body.type).toBe(`/problems/${type}`);
    expect(res.body.title).toBeTruthy();
    expect(res.body.detail).toBeTruthy();
  };

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).set('Content-Type', 'application/json').send('{"content": "abc"').expect(400);
    expectProblem(res, 400, 'malformed-json');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).send({ content: 'x'.repeat(10_000) }).expect(413);
    expectProblem(res, 413, 'payload-too-large');
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).set('Content-Type', 'text/plain').send('Europol said so.').expect(415);
    expectProblem(res, 415, 'unsupported-media-type');
  });

  it('reads a body sent as a +json media type (merge-patch, vnd.*) as JSON instead of ignoring it', async () => {
    const created = await t.http.post('/api/v1/articles').set(editor).set('Content-Type', 'application/vnd.api+json').send(JSON.stringify({ content: 'Police in Ghent seized 40 bicycles on Tuesday.' })).expect(201);
    expect(created.body.text).toBe('Police in Ghent seized 40 bicycles on Tuesday.');
    const patched = await t.http.patch(`/api/v1/articles/${created.body.id}`).set(editor).set('Content-Type', 'application/merge-patch+json').send(JSON.stringify({ author: 'Lies Peeters' })).expect(200);
    expect(patched.body.author).toBe('Lies Peeters');
    const broken = await t.http.patch(`/api/v1/articles/${created.body.id}`).set(editor).set('Content-Type', 'application/merge-patch+json').send('{"author":').expect(400);
    expectProblem(broken, 400, 'malformed-json');
  });

  it('rejects unknown and mistyped fields with per-field errors', async () => {
    const res = await t.http.post('/api/v1/articles').set(editor).send({ content: 42, colour: 'red', publishedOn: '2018-13-45' }).expect(400);
    expectProblem(res, 400, 'validation-failed');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['content', 'colour', 'publishedOn']));
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await t.http.get('/api/v1/nothing-here').set(editor).expect(404);
    expectProblem(res, 404, 'not-found');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await t.http.get('/api/v1/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.http.get('/api/v1/nothing').set(editor).expect(404);
    expect(made.body.requestId).toBe(made.headers['x-request-id']);
  });

  it('reports the database in the health check without a token', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.database.engine).toBe(process.env.DATABASE_URL ? 'postgresql-server' : 'embedded-pglite');
  });

  it('describes each problem type at its type URI', async () => {
    const res = await t.http.get('/problems/precondition-failed').expect(200);
    expect(res.body.status).toBe(412);
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    expect(doc.body.paths['/api/v1/claims/{id}/verdict'].put.operationId).toBe('decideVerdict');
    await t.http.get('/docs').expect(200);
  });
});
