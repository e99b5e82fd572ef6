import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventsService, REPLAY_LIMIT } from '../apps/api/src/events/events.service.js';
import { openEventStream, type SseEvent } from './support/event-stream.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A reconnecting EventSource sends Last-Event-ID: it gets what it missed instead of reloading everything.
describe('live events: Last-Event-ID replay', () => {
  let t: TestApp;
  let url: string;
  let editor: { Authorization: string };
  const streams: Array<ReturnType<typeof openEventStream>> = [];
  const open = async (headers: Record<string, string> = {}) => {
    const stream = openEventStream(url, headers);
    streams.push(stream);
    await stream.opened;
    return stream;
  };
  const latestId = async () => String((await t.dataSource.query(`SELECT max(id)::text AS id FROM audit_event`))[0].id);
  const audits = (events: SseEvent[]) => events.filter((e) => e.type === 'audit');
  const ingest = (title: string) => t.http.post('/api/v1/articles').set(editor).send({ content: `Police seized 27 servers in Canada on 25 April 2018, ${title} said.`, title }).expect(201);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    editor = await t.auth('editor');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/v1/events?access_token=${encodeURIComponent(editor.Authorization.replace('Bearer ', ''))}`;
    await ingest('First report');
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await t?.close();
  });

  it('replays the audit events after Last-Event-ID, in order, before ready, then streams new ones without repeats', async () => {
    const seen = await latestId();
    const missed = await ingest('Missed report');
    const expected = (await t.dataSource.query(`SELECT id::text AS id FROM audit_event WHERE id > $1 ORDER BY id`, [seen])).map((r: { id: string }) => r.id);
    expect(expected.length).toBeGreaterThan(0);

    const stream = await open({ 'Last-Event-ID': seen });
    const ready = await stream.waitFor((e) => e.type === 'ready', 5_000);
    expect(JSON.parse(ready.data)).toMatchObject({ replayed: true });
    const beforeReady = stream.events.slice(0, stream.events.indexOf(ready));
    expect(beforeReady.map((e) => e.id)).toEqual(expected);
    expect(beforeReady.every((e) => e.type === 'audit')).toBe(true);
    expect(audits(beforeReady).some((e) => JSON.parse(e.data).entityId === missed.body.id)).toBe(true);

    const live = await ingest('Live report');
    await stream.waitFor((e) => e.type === 'audit' && JSON.parse(e.data).entityId === live.body.id, 5_000);
    const ids = audits(stream.events).map((e) => e.id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
  });

  it('replays nothing and says replayed: true when nothing was missed; says replayed: false without or with an unusable id', async () => {
    const current = await open({ 'Last-Event-ID': await latestId() });
    const ready = await current.waitFor((e) => e.type === 'ready', 5_000);
    expect(JSON.parse(ready.data).replayed).toBe(true);
    expect(current.events.indexOf(ready)).toBe(0);

    for (const headers of [{} as Record<string, string>, { 'Last-Event-ID': 'not-an-id' }, { 'Last-Event-ID': '99999999999999999999' }, { 'Last-Event-ID': '-5' }]) {
      const stream = await open(headers);
      expect(stream.status(), JSON.stringify(headers)).toBe(200);
      const r = await stream.waitFor((e) => e.type === 'ready', 5_000);
      expect(JSON.parse(r.data).replayed, JSON.stringify(headers)).toBe(false);
      expect(stream.events.indexOf(r)).toBe(0);
    }
  });

  it(`says replayed: false, sending nothing old, when more than ${REPLAY_LIMIT} events were missed`, async () => {
    // Nobody watching: the poller stops, and a new client's poller starts past everything written meanwhile.
    streams.forEach((s) => s.close());
    const events = t.app.get(EventsService);
    for (let waited = 0; events.polling && waited < 3_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(events.polling).toBe(false);
    const seen = await latestId();
    // Audited changes nobody watched (through the hash-chain trigger like any other audit event).
    await t.dataSource.query(
      `INSERT INTO audit_event (actor, action, entity_type, entity_id, after) SELECT 'test', 'test.filler', 'test', n::text, '{}' FROM generate_series(1, ${REPLAY_LIMIT + 1}) n`,
    );
    const stream = await open({ 'Last-Event-ID': seen });
    const ready = await stream.waitFor((e) => e.type === 'ready', 5_000);
    expect(JSON.parse(ready.data).replayed).toBe(false);
    expect(stream.events.indexOf(ready)).toBe(0);
  });
});
