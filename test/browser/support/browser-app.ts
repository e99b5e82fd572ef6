import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

/** A claim as the list endpoints return it, with the fields the browser suites read. */
export interface ClaimRow {
  id: string;
  text: string;
  version: number;
  selector: { position: { start: number; end: number } };
}

export interface BrowserApp extends TestApp {
  baseUrl: string;
  browser: Browser;
  /** A token for a named person with a role (their name is the actor in the audit trail). */
  token(name: string, role: 'viewer' | 'editor' | 'admin'): Promise<string>;
  /** A fresh browser context (its own localStorage, so its own session) on the dashboard. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
}

/** The seeded API listening on a loopback port, serving the built dashboard, and a headless Chromium. */
export async function startBrowserApp(options: { env?: Record<string, string> } = {}): Promise<BrowserApp> {
  const t = await startTestApp({ seed: true, env: options.env });
  await t.app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    ...t,
    baseUrl,
    browser,
    async token(name, role) {
      return (await t.newToken(name, role)).secret;
    },
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      contexts.push(context);
      const page = await context.newPage();
      // Fail a step within the test's own timeout, with Playwright's message saying which step.
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      return page;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await t.close();
    },
  };
}

/** Signs in through the form, typing the token and pressing Enter. */
export async function signIn(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('#token').fill(token);
  await page.keyboard.press('Enter');
  await page.locator('.topbar').waitFor();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // This runs in the page; the test tsconfig has no DOM types, so reach the globals through globalThis.
    const page = globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const { violations } = await page.axe.run(page.document);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return result;
}
