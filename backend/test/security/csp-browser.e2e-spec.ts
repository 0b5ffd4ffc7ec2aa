import { join } from 'node:path';
import { launchChromium } from '@tickwire/testing';
import { type Browser } from 'playwright-core';
import { type SecureTestApp, startSecureTestApp } from '../support/secure-app';

interface CspResult {
  violations: { directive: string; blocked: string }[];
  hello: { op: string } | null;
  foreignFetch: string | null;
  foreignSocket: string | null;
}

interface PageGlobals {
  cspResult?: CspResult;
  injectedScript?: boolean;
  injectedHandler?: boolean;
  document: { getElementById(id: string): unknown };
  getComputedStyle(element: unknown): { width: string };
}

/**
 * The Content-Security-Policy in a real Chromium, on a page shaped like the Angular build (inlined
 * critical CSS, a stylesheet switched on by an onload handler, a module script) plus injected code.
 */
describe('Content-Security-Policy in Chromium', () => {
  let app: SecureTestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startSecureTestApp({ STATIC_DIR: join(__dirname, 'csp-fixture') });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs the bundle, loads the stylesheet and the own wss, blocks injected code and foreign hosts', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await page.goto(`${app.url}/`);
    // Functions, not strings: Playwright evals string predicates in the page, which the CSP forbids.
    // They run in the page; this project compiles without DOM types, hence `PageGlobals`.
    await page.waitForFunction(
      () => {
        const result = (globalThis as unknown as PageGlobals).cspResult;
        return Boolean(result?.hello && result.foreignFetch && result.foreignSocket);
      },
      undefined,
      { timeout: 10_000 },
    );
    const outcome = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return {
        result: page.cspResult as CspResult,
        probeWidth: page.getComputedStyle(page.document.getElementById('probe')).width,
        injectedScript: page.injectedScript ?? false,
        injectedHandler: page.injectedHandler ?? false,
      };
    });
    await context.close();

    expect(outcome.result.hello?.op).toBe('hello');
    expect(outcome.probeWidth).toBe('123px');
    expect(outcome.injectedScript).toBe(false);
    expect(outcome.injectedHandler).toBe(false);
    expect(outcome.result.foreignFetch).toBe('blocked');
    expect(outcome.result.foreignSocket).toBe('blocked');
    // The injected script and handler ran before main.js listened: Chromium's console names them.
    expect(blocked.filter((text) => text.includes('inline script'))).toHaveLength(1);
    expect(blocked.filter((text) => text.includes('inline event handler'))).toHaveLength(1);
    const directives = outcome.result.violations.map((v) => v.directive);
    expect(directives).toEqual(['connect-src', 'connect-src']);
  });
});
