import { type Browser, type Page } from 'playwright-core';
import { type GatewayProcess, launchChromium, startGateway } from '@tickwire/testing';
import { lastPrices, waitForPriceChange, waitForState } from '@tickwire/testing/dashboard';
import {
  chartInk,
  closePage,
  lastCells,
  openDashboard,
  screenshot,
  waitUntilNone,
} from './support/dashboard';

/** Records every connection state the health bar shows, from now on. */
async function recordStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { twStates: string[] }).twStates = seen;
    const element = document.querySelector('[data-testid="connection-state"]');
    if (!element) throw new Error('no health bar');
    new MutationObserver(() => seen.push(element.getAttribute('data-state') ?? '')).observe(
      element,
      { attributes: true, attributeFilter: ['data-state'] },
    );
  });
  return () => page.evaluate(() => (window as unknown as { twStates: string[] }).twStates);
}

async function unlockedSymbols(page: Page): Promise<string[]> {
  return page.$$eval('tr[data-symbol]:not(.locked)', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset['symbol'] ?? ''),
  );
}

describe('reconnection', () => {
  let gateway: GatewayProcess;
  let browser: Browser;

  beforeAll(async () => {
    // Short tokens: the dashboard must renew them in band while it stays connected.
    gateway = await startGateway({ env: { ACCESS_TOKEN_TTL: '12s' } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    expect(await gateway?.stop()).toBe(0);
  });

  it('renews the access token before it expires without dropping the connection', async () => {
    const page = await openDashboard(browser, gateway.url);
    const states = await recordStates(page);
    // The token really was renewed in band, before it expired.
    const renewed = page
      .waitForResponse(
        (response) => response.url().endsWith('/api/auth/refresh') && response.ok(),
        { timeout: 12_000 },
      )
      .then(
        () => 'renewed',
        () => 'not renewed within 12 s',
      );
    // Not a settle: the observation window runs past the first token's 12 s lifetime.
    await page.waitForTimeout(16_000);
    expect(await renewed).toBe('renewed');
    expect(await states()).toEqual([]);
    expect((await waitForPriceChange(page, 5_000)).length).toBeGreaterThan(0);
    await closePage(page);
  });

  it('goes offline with the browser, offers "Retry now", and is live at once when back', async () => {
    const page = await openDashboard(browser, gateway.url);
    await page.context().setOffline(true);
    await waitForState(page, 'offline', 2_000);
    await page.getByRole('alert').getByRole('button', { name: 'Retry now' }).waitFor();
    await page.context().setOffline(false);
    await waitForState(page, 'live', 5_000);
    expect((await waitForPriceChange(page, 5_000)).length).toBeGreaterThan(0);
    await closePage(page);
  });

  it('shows "reconnecting" when the gateway stops, and is live again with every subscription after it restarts', async () => {
    const page = await openDashboard(browser, gateway.url);
    const symbols = await unlockedSymbols(page);
    expect(symbols.length).toBeGreaterThan(3);
    await page.getByRole('button', { name: '1s', exact: true }).click();
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="chart-legend"]')?.textContent?.includes('Waiting'),
    );

    const stopped = gateway.stop();
    await waitForState(page, 'reconnecting', 2_000);
    expect(await stopped).toBe(0);
    // Attempts alternate between connecting and waiting: catch a wait for the screenshot.
    await waitForState(page, 'reconnecting', 10_000);
    expect(await page.getByTestId('connection-state').textContent()).toMatch(
      /Reconnecting in \d+ s \(attempt \d+\)/,
    );
    await screenshot(page, 'reconnecting');

    const frozen = await lastPrices(page);
    // Another seed: the same one would replay the same market, and a row could show, a few
    // seconds after the restart, the very price it showed a few seconds after the first start.
    gateway = await startGateway({
      env: { PORT: String(gateway.port), ACCESS_TOKEN_TTL: '12s', FEED_SEED: '7' },
    });
    const restartedAt = Date.now();
    await waitForState(page, 'live', 10_000);

    // Every watched symbol is subscribed again: each one shows a new price from the new gateway.
    await waitUntilNone(
      'a new price in every row',
      async () =>
        Object.entries(await lastCells(page, symbols))
          .filter(([symbol, text]) => text === '' || text === frozen[symbol])
          .map(([symbol, text]) => `${symbol} still shows "${text}"`),
      Math.max(1_000, 10_000 - (Date.now() - restartedAt)),
    );
    expect(await unlockedSymbols(page)).toEqual(symbols);
    // The chart was reset from the new epoch's snapshot and draws again.
    const ink = await chartInk(page);
    expect(ink.inked).toBeGreaterThan(1_000);
    await closePage(page);
  });
});

describe('a gateway that falls silent', () => {
  const heartbeatMs = 1000;
  let gateway: GatewayProcess;
  let browser: Browser;

  beforeAll(async () => {
    gateway = await startGateway({ env: { HEARTBEAT_MS: String(heartbeatMs) } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    process.kill(gateway.pid, 'SIGCONT');
    await browser?.close();
    expect(await gateway?.stop()).toBe(0);
  });

  it('is noticed without a close (SIGSTOP): reconnecting within 2 heartbeats + 2 s, live after SIGCONT', async () => {
    const page = await openDashboard(browser, gateway.url);
    await waitForState(page, 'live', 10_000);
    const states = await recordStates(page);
    process.kill(gateway.pid, 'SIGSTOP');
    const frozenAt = Date.now();
    try {
      // It gives the socket up, waits its backoff, then tries again (connecting, which hangs on
      // the frozen gateway until its timeout): the first state it leaves "live" for counts.
      await page
        .locator('[data-testid="connection-state"]:not([data-state="live"])')
        .waitFor({ timeout: 2 * heartbeatMs + 2_000 });
      expect(Date.now() - frozenAt).toBeLessThanOrEqual(2 * heartbeatMs + 2_000);
      expect((await states())[0]).toBe('reconnecting');
    } finally {
      process.kill(gateway.pid, 'SIGCONT');
    }
    await waitForState(page, 'live', 15_000);
    expect((await waitForPriceChange(page, 5_000)).length).toBeGreaterThan(0);
    await closePage(page);
  });
});
