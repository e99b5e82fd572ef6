import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../test/browser/support/chromium.js';
import { DASHBOARD_DIST, ensureDashboardBuilt } from '../test/browser/support/dashboard-build.js';
import { startTestApp } from '../test/support/test-app.js';
import { machine, median, writeSection } from './support/report.js';

const BUDGET_JS_GZIP = 150 * 1024;
const BUDGET_RENDER_MS = 500;
const CLAIMS = 50;
const RUNS = 7;

/** The files index.html loads before the app can run: the entry script, its preloads, the stylesheet. */
function initialAssets(): { js: Array<{ file: string; raw: number; gzip: number }>; css: Array<{ file: string; raw: number; gzip: number }> } {
  const html = readFileSync(join(DASHBOARD_DIST, 'index.html'), 'utf8');
  const size = (href: string) => {
    const body = readFileSync(join(DASHBOARD_DIST, href.replace(/^\//, '')));
    return { file: href, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => size(m[1]));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => size(m[1]));
  return { js: scripts, css: styles };
}

/** An article whose current revision has exactly `count` claims: extracted ones, topped up by position. */
async function articleWithClaims(t: Awaited<ReturnType<typeof startTestApp>>, count: number): Promise<string> {
  const auth = { Authorization: `Bearer ${t.adminToken}` };
  const cities = ['Brussels', 'Madrid', 'Ottawa', 'Lisbon', 'Vienna', 'Prague', 'Dublin', 'Oslo', 'Riga', 'Sofia'];
  const sentences = Array.from({ length: count }, (_, i) => `On ${(i % 28) + 1} April 2018, police in ${cities[i % cities.length]} seized ${i + 3} servers used by IS propaganda outlets, Europol said in statement number ${i + 1}.`);
  const content = sentences.map((s, i) => (i % 4 === 3 ? `${s}\n\n` : `${s} `)).join('');
  const article = await t.http.post('/api/v1/articles').set(auth).send({ content, format: 'text', title: `Bench: ${count} claims` }).expect(201);
  const list = async () => (await t.http.get(`/api/v1/articles/${article.body.id}/claims`).query({ limit: 200 }).set(auth).expect(200)).body.items as Array<{ selector: { position: { start: number } } }>;
  let claims = await list();
  const text: string = article.body.text;
  for (const sentence of sentences) {
    if (claims.length >= count) break;
    const start = text.indexOf(sentence);
    if (start === -1 || claims.some((c) => c.selector.position.start === start)) continue;
    await t.http.post('/api/v1/claims').set(auth).send({ articleId: article.body.id, position: { start, end: start + sentence.length } });
    claims = await list();
  }
  expect(claims.length).toBe(count);
  return article.body.id;
}

describe.skipIf(!chromiumPath())('dashboard', () => {
  it('measures the initial JavaScript and the render of an article with 50 claims', async () => {
    await ensureDashboardBuilt();
    const assets = initialAssets();
    const jsGzip = assets.js.reduce((n, f) => n + f.gzip, 0);
    const jsRaw = assets.js.reduce((n, f) => n + f.raw, 0);
    const cssGzip = assets.css.reduce((n, f) => n + f.gzip, 0);

    const t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;
    const browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
    const version = browser.version();
    const render: number[] = [];
    const total: number[] = [];
    let claimCount = 0;
    try {
      const articleId = await articleWithClaims(t, CLAIMS);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(`localStorage.setItem('factdesk.token', ${JSON.stringify(t.adminToken)})`);
      const page = await context.newPage();
      for (let run = 0; run <= RUNS; run++) {
        await page.goto(`${base}/#/articles/${articleId}`, { waitUntil: 'load' });
        await page.waitForFunction(() => (globalThis as unknown as { performance: { getEntriesByName(name: string): unknown[] } }).performance.getEntriesByName('fd:article-render').length > 0);
        const figures = (await page.evaluate(`(() => {
          const measure = performance.getEntriesByName('fd:article-render')[0];
          const painted = performance.getEntriesByName('fd:article-painted')[0];
          return { render: measure.duration, total: painted.startTime, claims: document.querySelectorAll('[data-badge]').length };
        })()`)) as { render: number; total: number; claims: number };
        claimCount = figures.claims;
        if (run === 0) continue; // the first load warms the server's caches and the browser's
        render.push(figures.render);
        total.push(figures.total);
        await page.goto('about:blank');
      }
    } finally {
      await browser.close();
      await t.close();
    }

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    const verdict = (ok: boolean) => (ok ? 'within budget' : '**over budget**');
    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })();
    writeSection(
      'dashboard',
      `## Dashboard

| Figure | Measured | Budget | |
|---|---|---|---|
| Initial JavaScript, gzip -9 (${assets.js.length} file${assets.js.length === 1 ? '' : 's'}; ${kb(jsRaw)} uncompressed) | ${kb(jsGzip)} | ≤ 150 KB | ${verdict(jsGzip <= BUDGET_JS_GZIP)} |
| Initial CSS, gzip -9 | ${kb(cssGzip)} | — | |
| Article with ${claimCount} claims: data received → text painted, median of ${RUNS} (max) | ${ms(median(render))} (${ms(Math.max(...render))}) | < 500 ms | ${verdict(Math.max(...render) < BUDGET_RENDER_MS)} |
| Same article: navigation start → text painted, median of ${RUNS} (max) | ${ms(median(total))} (${ms(Math.max(...total))}) | — | |

Measured at ${commit} on ${machine([`headless Chromium ${version}`])}, against the API in-process on embedded PostgreSQL.

How: \`npm run bench\` builds the dashboard if it is stale, sums the gzip size of what \`dist/dashboard/index.html\`
loads up front (entry script and module preloads), then creates an article with ${CLAIMS} claims, opens it
${RUNS + 1} times in a 1280×800 headless Chromium (the first load discarded as warm-up) and reads the
dashboard's own \`performance\` marks: \`fd:article-data\` when the article and its claims have arrived,
\`fd:article-painted\` in the first animation frame after React committed the text.`,
    );
    console.log(`initial JS ${kb(jsGzip)} gzip; render median ${ms(median(render))}, max ${ms(Math.max(...render))}; total median ${ms(median(total))}`);
  });
});
