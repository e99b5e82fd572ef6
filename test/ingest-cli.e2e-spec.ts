import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
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
    // The bar counts every item the summary counts, the line that is not JSON too.
    expect(first.stderr).toMatch(/\[#+\] 9\/9 +[\d.]+ articles\/s +ETA 0 s/);
    expect(first.stderr).not.toMatch(/\/8 /);
    const failed = readFileSync(failures, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failed.map((f: { source: string }) => f.source).sort()).toEqual([`${file}:4`, `${file}:5`]);
    expect(failed.find((f: { status: number | null }) => f.status === 422).type).toBe('/problems/empty-article');

    const second = await ingest(file, '--batch', '3', '--failures', failures);
    expect(second.stdout).toContain('0 created, 7 unchanged (already there), 2 failed');
  });

  it('reads the input and writes the failures file from the directory npm was run in (INIT_CWD)', async () => {
    const sub = join(dir, 'from-here');
    mkdirSync(sub);
    writeFileSync(join(sub, 'here.jsonl'), [JSON.stringify({ content: 'Harbour police seized 40 boats in Ostend on 3 June 2024, the mayor said.', url: 'https://cli.test/init-cwd' }), '{broken'].join('\n') + '\n');
    // npm runs the script from the repository root; INIT_CWD is where the user typed the command.
    const res = await run(process.execPath, ['scripts/ingest.mjs', 'here.jsonl', '--failures', 'here-failures.jsonl'], { env: { ...env, INIT_CWD: sub, npm_package_json: join(process.cwd(), 'package.json') }, cwd: process.cwd() }).catch((e: { stdout: string; stderr: string }) => e);
    expect(res.stderr).not.toContain('ENOENT');
    expect(res.stdout).toContain('2 items: 1 created, 0 unchanged (already there), 1 failed');
    expect(res.stderr).toMatch(/\[#+\] 2\/2 /);
    const failed = readFileSync(join(sub, 'here-failures.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failed).toEqual([{ source: `${join(sub, 'here.jsonl')}:2`, status: null, detail: 'not valid JSON' }]);
    expect(existsSync(join(process.cwd(), 'here-failures.jsonl'))).toBe(false);
  });

  it('reads paths from its own directory when a script of npm started it from elsewhere (cd data && node …)', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'there.jsonl'), [JSON.stringify({ content: 'Harbour police seized 41 boats in Ostend on 4 June 2024, the mayor said.', url: 'https://cli.test/own-cwd' }), '{broken'].join('\n') + '\n');
    // INIT_CWD is the repository root where `npm run load` was typed; the script itself runs in data/.
    const npmEnv = { ...env, INIT_CWD: process.cwd(), npm_package_json: join(process.cwd(), 'package.json') };
    const res = await run(process.execPath, [join(process.cwd(), 'scripts/ingest.mjs'), 'there.jsonl', '--failures', 'there-failures.jsonl'], { env: npmEnv, cwd: data }).catch((e: { stdout: string; stderr: string }) => e);
    expect(res.stderr).not.toContain('ENOENT');
    expect(res.stdout).toContain('2 items: 1 created, 0 unchanged (already there), 1 failed');
    expect(existsSync(join(data, 'there-failures.jsonl'))).toBe(true);
    expect(existsSync(join(process.cwd(), 'there-failures.jsonl'))).toBe(false);
  });

  it('records a JSONL line that is JSON but not an object as a failure and loads the rest of its batch', async () => {
    const story = (n: number) => JSON.stringify({ content: `Coastguards in Zeebrugge towed ${n} yachts to safety on 9 June 2024, the navy said.`, url: `https://cli.test/yacht-${n}` });
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, [story(1), '["not", "an", "article"]', 'null', '"a quoted line"', story(2)].join('\n') + '\n');
    const failures = join(dir, 'mixed-failures.jsonl');
    const res = await ingest(file, '--failures', failures);
    expect(res.stdout).toContain('5 items: 2 created, 0 unchanged (already there), 3 failed');
    const failed = readFileSync(failures, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failed.map((f: { source: string; status: number | null }) => [f.source, f.status])).toEqual([[`${file}:2`, null], [`${file}:3`, null], [`${file}:4`, null]]);
  });

  it('loads a folder of .txt and .html files and resumes without duplicates', async () => {
    const folder = join(dir, 'stories');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Customs officers in Antwerp found 2.3 tonnes of cocaine on 12 March 2023, the ministry said.');
    writeFileSync(join(folder, 'b.html'), '<article><h1>Raid</h1><p>Police searched 14 warehouses in Rotterdam on Friday, prosecutors said.</p></article>');
    writeFileSync(join(folder, 'notes.md'), 'ignored');
    const page = (n: number) => `<html><head><link rel="canonical" href="https://cli.test/saved/port"><title>Port checks</title></head><body><p>Inspectors checked ${n} containers at the port of Zeebrugge on Monday, the agency said.</p></body></html>`;
    writeFileSync(join(folder, 'c.html'), page(40));
    const failuresFile = join(dir, 'f2.jsonl');
    writeFileSync(failuresFile, '{"source":"old.txt","status":422,"type":"/problems/empty-article","detail":"from an earlier run"}\n');
    const first = await ingest(folder, '--failures', failuresFile);
    expect(first.stdout).toContain('3 items: 3 created');
    expect(first.stdout).toContain('No failures.');
    expect(existsSync(failuresFile)).toBe(false);
    const second = await ingest(folder, '--failures', failuresFile);
    expect(second.stdout).toContain('3 items: 0 created, 3 unchanged');

    // A saved page that names its address is that article: edited, it becomes the article's next revision.
    writeFileSync(join(folder, 'c.html'), page(41));
    const third = await ingest(folder, '--failures', failuresFile);
    expect(third.stdout).toContain('3 items: 1 created, 2 unchanged');
    const articles = await t.dataSource.query(`SELECT title, (SELECT count(*)::int FROM revision r WHERE r.article_id = a.id) AS revisions FROM article a WHERE url = 'https://cli.test/saved/port'`);
    expect(articles).toEqual([{ title: 'Port checks', revisions: 2 }]);
  });

  it('finds a saved page sent before without its address, by its content, and writes nothing the second time', async () => {
    const folder = join(dir, 'before-canonical');
    mkdirSync(folder);
    const html = '<html><head><link rel="canonical" href="https://cli.test/saved/ferry"><title>Ferry checks</title></head><body><p>Inspectors checked 17 ferries at the port of Calais on Tuesday, the agency said.</p></body></html>';
    writeFileSync(join(folder, 'a.html'), html);
    // What the CLI sent before it read a page’s canonical URL: the file without a url.
    const old = await t.http.post('/api/v1/articles/batch').set({ Authorization: `Bearer ${t.adminToken}` }).send({ items: [{ content: html, format: 'html' }] }).expect(200);
    expect(old.body.created).toBe(1);
    const failuresFile = join(dir, 'f3.jsonl');
    const again = await ingest(folder, '--failures', failuresFile);
    expect(again.stdout).toContain('1 items: 0 created, 1 unchanged');
    const copies = await t.dataSource.query(`SELECT a.id FROM article a JOIN revision r ON r.id = a.current_revision_id WHERE r.content_hash = $1`, [old.body.results[0].contentHash]);
    expect(copies).toEqual([{ id: old.body.results[0].id }]);
  });

  it('keeps a failures file it did not write after a run without failures', async () => {
    const folder = join(dir, 'clean-run');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Firefighters in Ghent rescued 9 people from a flooded tunnel on Sunday, the city said.');
    const notOurs = join(dir, 'notes.txt');
    writeFileSync(notOurs, 'my own notes, not a failures file\n');
    const run1 = await ingest(folder, '--failures', notOurs);
    expect(run1.stdout).toContain('No failures.');
    expect(readFileSync(notOurs, 'utf8')).toBe('my own notes, not a failures file\n');
  });

  it('leaves a device named as its failures file in place after a run without failures', async () => {
    const folder = join(dir, 'clean-run-device');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Lifeguards in Knokke rescued 4 swimmers from a rip current on Saturday, the town said.');
    // A copy of /dev/null (it was deleted when the CLI ran as root); a named pipe where mknod is not allowed.
    const device = join(dir, 'null');
    const made = await run('mknod', [device, 'c', '1', '3']).then(() => true, () => false);
    if (!made) await run('mkfifo', [device]);
    const run2 = await ingest(folder, '--failures', device);
    expect(run2.stdout).toContain('No failures.');
    expect(existsSync(device) && !statSync(device).isFile()).toBe(true);
  });

  it('writes the items of a batch the server refuses whole to the failures file of this run, in place of an earlier run\'s', async () => {
    const file = join(dir, 'refused.jsonl');
    writeFileSync(file, [1, 2, 3].map((n) => JSON.stringify({ content: `Wardens in Bruges fined ${n + 10} drivers on 5 June 2024, the city said.` })).join('\n') + '\n');
    const failuresFile = join(dir, 'refused-failures.jsonl');
    writeFileSync(failuresFile, '{"source":"old.txt","status":422,"type":"/problems/empty-article","detail":"from an earlier run"}\n');
    // A viewer may not ingest: the server refuses the batch whole (403), not item by item.
    const viewer = (await t.auth('viewer')).Authorization.replace('Bearer ', '');
    const res = (await run(process.execPath, ['scripts/ingest.mjs', file, '--batch', '2', '--failures', failuresFile], { env: { ...env, FACTDESK_TOKEN: viewer } }).catch((e) => e)) as { code: number; stdout: string; stderr: string };
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('403');
    const failed = readFileSync(failuresFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failed.map((f: { source: string; status: number | null; type?: string }) => [f.source, f.status, f.type])).toEqual([
      [`${file}:1`, 403, '/problems/forbidden'],
      [`${file}:2`, 403, '/problems/forbidden'],
    ]);
    expect(res.stderr).toContain('1 items after it were not sent');
  });

  it('refuses --failures without a value at the start, with usage and exit code 2, sending nothing', async () => {
    const file = join(dir, 'no-value.jsonl');
    writeFileSync(file, JSON.stringify({ content: 'Rangers in the Ardennes counted 27 wild boars on 8 June 2024, the park said.', url: 'https://cli.test/no-value' }) + '\n');
    const res = (await ingest(file, '--failures')) as { code?: number; stdout: string; stderr: string };
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--failures needs a value');
    expect(res.stderr).toContain('usage: FACTDESK_URL=');
    expect(res.stderr).not.toContain('TypeError');
    const sent = await t.dataSource.query(`SELECT count(*)::int AS n FROM article WHERE url = 'https://cli.test/no-value'`);
    expect(sent[0].n).toBe(0);
  });

  it('explains how to call it when the token is missing', async () => {
    const res = (await run(process.execPath, ['scripts/ingest.mjs', 'x.jsonl'], { env: { ...env, FACTDESK_TOKEN: '' } }).catch((e) => e)) as { code: number; stderr: string };
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('usage: FACTDESK_URL=');
  });
});
