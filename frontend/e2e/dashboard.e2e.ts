import { type SymbolInfo } from '@tickwire/protocol';
import { type Browser, type Page } from 'playwright-core';
import { type GatewayProcess, launchChromium, startGateway } from '@tickwire/testing';
import { lastPrices, waitForPriceChange } from '@tickwire/testing/dashboard';
import {
  chartInk,
  closePage,
  openDashboard,
  screenshot,
  signIn,
  waitForChart,
  waitForPrices,
  waitForStill,
  watchlistSymbols,
} from './support/dashboard';

describe('dashboard served by the production gateway', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let catalog: SymbolInfo[];

  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchChromium();
    catalog = (await (await fetch(`${gateway.url}/api/symbols`)).json()) as SymbolInfo[];
  });

  afterAll(async () => {
    await browser?.close();
    expect(await gateway?.stop()).toBe(0);
  });

  describe('as a guest', () => {
    let page: Page;

    beforeAll(async () => {
      page = await openDashboard(browser, gateway.url);
    });

    afterAll(() => closePage(page));

    it('shows a table of live prices, and a displayed price changes within 5 s', async () => {
      const prices = await lastPrices(page);
      expect(Object.keys(prices).length).toBeGreaterThan(0);
      const changed = await waitForPriceChange(page, 5_000);
      expect(changed.length).toBeGreaterThan(0);
      await screenshot(page, 'live');
    });

    it('shows pro symbols locked, with no data', async () => {
      const pro = new Set(catalog.filter((info) => info.tier === 'pro').map((i) => i.symbol));
      const locked = await page.$$eval('tr.locked[data-symbol]', (rows) =>
        rows.map((row) => (row as HTMLElement).dataset['symbol'] ?? ''),
      );
      expect(locked.length).toBeGreaterThan(0);
      expect(locked.filter((symbol) => !pro.has(symbol))).toEqual([]);
      const prices = await lastPrices(page);
      for (const symbol of locked) expect(prices[symbol]).toBeUndefined();
      await page
        .locator(`tr[data-symbol="${locked[0]}"]`)
        .getByText('Sign in for pro data')
        .waitFor();
    });

    it('adds a symbol from the search with the keyboard, keeps it, and removes it with Delete', async () => {
      const watched = new Set(await watchlistSymbols(page));
      const extra = catalog.find((info) => info.tier === 'public' && !watched.has(info.symbol));
      if (!extra) throw new Error('the catalog has no public symbol outside the default list');

      await page.locator('body').click({ position: { x: 5, y: 790 } });
      await page.keyboard.press('/');
      await page.keyboard.type(extra.symbol);
      await page.getByRole('option', { name: new RegExp(`^${extra.symbol}\\b`) }).waitFor();
      await page.keyboard.press('Enter');
      const row = page.locator(`tr[data-symbol="${extra.symbol}"]`);
      await row.waitFor();
      await page.waitForFunction(
        (symbol) =>
          /\d/.test(
            document.querySelector(`tr[data-symbol="${symbol}"] [data-col="last"]`)?.textContent ??
              '',
          ),
        extra.symbol,
        { timeout: 5_000 },
      );

      await page.reload();
      await row.waitFor({ timeout: 10_000 });

      await row.focus();
      await page.keyboard.press('Delete');
      await row.waitFor({ state: 'detached' });
      await page.reload();
      await page.locator('tr[data-symbol]').first().waitFor();
      expect(await watchlistSymbols(page)).not.toContain(extra.symbol);
    });

    it('moves through rows with the arrow keys and charts the row chosen with Enter', async () => {
      const symbols = await watchlistSymbols(page);
      await page.locator(`tr[data-symbol="${symbols[0]}"]`).focus();
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset['symbol'],
      );
      expect(focused).toBe(symbols[1]);
      await page.keyboard.press('Enter');
      await page.locator('.chart .sym', { hasText: symbols[1] }).waitFor();
    });

    it('switching the interval redraws the chart with bars of the new interval', async () => {
      // 1m is the default: the snapshot's bars are whole minutes apart.
      const minutes = await waitForChart(page, 'bars whole minutes apart', (drawing) =>
        drawing.barSeconds === null ? false : drawing.barSeconds % 60 === 0,
      );
      expect(minutes.bars).toBeGreaterThan(1);

      await page.getByRole('button', { name: '1s', exact: true }).click();
      // The 1s snapshot replaced the 1m bars: seconds apart now, not minutes.
      const seconds = await waitForChart(page, 'bars seconds apart', (drawing) =>
        drawing.barSeconds === null ? false : drawing.barSeconds < 60,
      );
      expect(await page.locator('button.interval[aria-pressed="true"]').textContent()).toContain(
        '1s',
      );
      expect(minutes.barSeconds).toBeGreaterThanOrEqual(60);
      expect(seconds.barSeconds).toBeLessThan(60);
      expect(seconds.bars).toBeGreaterThan(1);
      // The new series is drawn, not only held: the canvases carry ink. (Comparing canvas digests
      // before and after proves nothing: live updates change them without any switch.)
      await waitForStill(page);
      const after = await chartInk(page);
      expect(after.canvases).toBeGreaterThan(0);
      expect(after.inked).toBeGreaterThan(1_000);
    });

    it('"Pause updates" freezes the prices until resumed (WCAG 2.2.2)', async () => {
      await page.getByRole('button', { name: 'Pause updates' }).click();
      await page.getByRole('button', { name: 'Resume updates' }).waitFor();
      await waitForStill(page);
      expect(await waitForPriceChange(page, 3_000)).toEqual([]);
      await page.getByRole('button', { name: 'Resume updates' }).click();
      expect((await waitForPriceChange(page, 5_000)).length).toBeGreaterThan(0);
    });

    it('uses the light theme on request, and remembers it', async () => {
      await page.getByRole('button', { name: 'Light theme' }).click();
      await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'light');
      await waitForStill(page);
      await screenshot(page, 'light-theme');
      await page.reload();
      await page.locator('tr[data-symbol]').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
      await page.getByRole('button', { name: 'Dark theme' }).click();
    });
  });

  it('sign-in unlocks the pro symbols; sign-out locks them again', async () => {
    const page = await openDashboard(browser, gateway.url);
    const locked = await page.$$eval('tr.locked[data-symbol]', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset['symbol'] ?? ''),
    );
    expect(locked.length).toBeGreaterThan(0);

    await signIn(page);
    // The pro user's own watchlist starts from the same defaults: the same pro symbols, now live.
    await waitForPrices(page, locked, 10_000);
    expect(await page.locator('tr.locked').count()).toBe(0);
    // The health bar has counted the signed-in session's updates before the screenshot.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="updates-per-second"]')?.textContent) > 0,
    );
    await waitForStill(page);
    await screenshot(page, 'signed-in');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.locator('tr.locked').first().waitFor({ timeout: 10_000 });
    await closePage(page);
  });

  it('seeds the Session sparkline with the session so far, before any live update could', async () => {
    const opened = Date.now();
    const page = await openDashboard(browser, gateway.url);
    // One bar per minute of the UTC day (5 minutes after 04:00): far more points than live
    // quotes can add in the seconds since page load (one per second at most).
    const minutes = Math.floor((opened % 86_400_000) / 60_000);
    const expected = Math.min(30, minutes);
    const counts = await page.waitForFunction(
      (min) => {
        const rows = Array.from(document.querySelectorAll('tr[data-symbol]:not(.locked)'));
        const counts = rows.map((row) =>
          Number(row.querySelector('tw-sparkline')?.getAttribute('data-points') ?? 0),
        );
        return counts.length > 0 && counts.every((count) => count >= min) && counts;
      },
      expected,
      { timeout: 10_000 },
    );
    const points = (await counts.jsonValue()) as number[];
    const liveAtMost = Math.ceil((Date.now() - opened) / 1_000) + 1;
    if (minutes >= 30) expect(Math.min(...points)).toBeGreaterThan(liveAtMost);
    await waitForStill(page);
    await screenshot(page, 'session-sparklines');
    await closePage(page);
  });

  it('refuses a wrong password with a message', async () => {
    const page = await openDashboard(browser, gateway.url);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in' });
    await dialog.getByLabel('Username').fill('demo');
    await dialog.getByLabel('Password').fill('wrong');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('Wrong username or password');
    await closePage(page);
  });

  it('fits a 375 px wide screen without horizontal scrolling', async () => {
    const page = await openDashboard(browser, gateway.url, { width: 375, height: 740 });
    await waitForPriceChange(page, 5_000);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'narrow-screen');
    await closePage(page);
  });
});
