import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../apps/api/src/database/data-source.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Header = { Authorization: string };

/**
 * The review migration on a database that already holds decisions: it is undone (with the one after
 * it) on a desk with open, decided, published and corrected claims (decided the way they were before
 * it, without review), and applied again. A decision
 * not yet public must then wait for a review, as a new one would; what is public, or never decided,
 * is left without a review status.
 */
describe('the assignment-and-review migration on a desk with decisions', () => {
  let t: TestApp;
  let editor: Header;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.auth('editor');
  });
  afterAll(() => t?.close());

  const claimUrl = (id: string) => `/api/v1/claims/${id}`;
  const newClaim = async (text: string) => (await t.http.post('/api/v1/claims').set(editor).send({ text }).expect(201)).body.id as string;
  const etag = async (id: string) => (await t.http.get(claimUrl(id)).set(editor).expect(200)).headers.etag as string;
  const decide = async (id: string, verdict: string, extra: object = {}) =>
    t.http.put(`${claimUrl(id)}/verdict`).set(editor).set('If-Match', await etag(id)).send({ verdict, note: 'Checked against the records.', ...extra }).expect(200);
  const publish = async (id: string) => t.http.post(`${claimUrl(id)}/publish`).set(editor).set('If-Match', await etag(id)).expect(200);
  const reviewStatus = async () =>
    new Map((await t.dataSource.query(`SELECT id::text, review_status FROM claim`)).map((r: { id: string; review_status: string | null }) => [r.id, r.review_status]));

  it('makes a decided, unpublished verdict await review and leaves open and published claims alone', async () => {
    const open = await newClaim('The bridge opened to traffic in 1931.');
    const decided = await newClaim('The bridge is 1,100 metres long.');
    const published = await newClaim('The bridge has six lanes.');
    const corrected = await newClaim('The bridge carries 90,000 vehicles a day.');
    await decide(decided, 'unsupported');
    await decide(published, 'unsupported');
    await publish(published);
    await decide(corrected, 'unsupported');
    await publish(corrected);
    await decide(corrected, 'unsupported', { reason: 'A second count was found.', note: 'Two counts disagree.', correctionNote: 'We now note that two counts disagree.' });

    const migrations = MIGRATIONS.map((m) => m.name);
    const review = migrations.indexOf('AssignmentAndReview1765600000100');
    const undo = migrations.length - review;
    for (let i = 0; i < undo; i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
    const columns = await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'claim' AND column_name = 'review_status'`);
    expect(columns).toHaveLength(0);

    const applied = await t.dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(migrations.slice(review));

    const status = await reviewStatus();
    expect(status.get(open)).toBeNull();
    expect(status.get(decided)).toBe('awaiting');
    expect(status.get(published)).toBeNull();
    // Without review (as before this migration) a correction of a published verdict goes out at once.
    expect(status.get(corrected)).toBeNull();

    // Through the API: the backfilled claim reads as awaiting review, the published one has none.
    const read = await t.http.get(claimUrl(decided)).set(editor).expect(200);
    expect(read.body.review).toMatchObject({ status: 'awaiting', reviewedBy: null });
    const pub = await t.http.get(claimUrl(published)).set(editor).expect(200);
    expect(pub.body.review).toBeNull();
  }, 60_000);
});
