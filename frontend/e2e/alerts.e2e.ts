import { type Page } from 'playwright-core';
import { login, runScenario } from './support/admin-api';
import { seriousViolations } from './support/axe';
import {
  closePage,
  lastCells,
  openDashboard,
  screenshot,
  signIn,
  waitForStill,
  watchlistSymbols,
} from './support/dashboard';
import { useGatewayAndBrowser } from './support/rig';

function priceOf(text: string): number {
  return Number(text.replace(/[^0-9.]/g, ''));
}

async function addAlert(page: Page, symbol: string, direction: string, price: number) {
  const panel = page.getByRole('complementary', { name: 'Alerts' });
  await panel.getByLabel('Symbol', { exact: true }).fill(symbol);
  await panel.getByLabel('When the price goes').selectOption(direction);
  await panel.getByLabel('Price', { exact: true }).fill(String(price));
  await panel.getByRole('button', { name: 'Add alert' }).click();
  await panel
    .getByTestId('alert-list')
    .getByText(`${symbol} ${direction} ${price}`)
    .waitFor({ timeout: 5_000 });
}

describe('price alerts', () => {
  const rig = useGatewayAndBrowser();
  let admin: string;
  beforeAll(async () => {
    admin = await login(rig.gateway.url, 'admin', 'admin');
  });

  it("fires when an admin's flash crash takes the price through its level, not while halted", async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url);
    let halted = '';
    try {
      await signIn(page);
      const [crashed, second] = (await watchlistSymbols(page)).filter((s) => /^[A-Z]+$/.test(s));
      halted = second;
      // From the chart's context: the form comes prefilled with the chart's symbol and price.
      await page.getByRole('button', { name: `Set a price alert on ${crashed}` }).click();
      const panel = page.getByRole('complementary', { name: 'Alerts' });
      expect(await panel.getByLabel('Symbol', { exact: true }).inputValue()).toBe(crashed);
      const last = Number(await panel.getByLabel('Price', { exact: true }).inputValue());
      expect(last).toBeGreaterThan(0);
      const level = Math.round(last * 0.95 * 100) / 100;
      await addAlert(page, crashed, 'below', level);
      const haltedLast = priceOf((await lastCells(page, [halted]))[halted]);
      const haltedLevel = Math.round(haltedLast * 0.95 * 100) / 100;
      await addAlert(page, halted, 'below', haltedLevel);

      expect(await runScenario(rig.gateway.url, admin, { type: 'halt', symbol: halted })).toBe(201);
      expect(
        await runScenario(rig.gateway.url, admin, {
          type: 'flash-crash',
          symbol: halted,
          dropPct: 20,
          durationMs: 3000,
        }),
      ).toBe(201);
      expect(
        await runScenario(rig.gateway.url, admin, {
          type: 'flash-crash',
          symbol: crashed,
          dropPct: 20,
          durationMs: 3000,
        }),
      ).toBe(201);

      const toast = page.getByTestId('alert-toast');
      await toast.waitFor({ timeout: 10_000 });
      expect(await toast.textContent()).toContain(`${crashed} went below ${level}`);
      const log = page.getByTestId('alert-log');
      await log.getByText(`${crashed} below ${level}`).waitFor({ timeout: 5_000 });
      await waitForStill(page);
      await screenshot(page, 'alert-fired');

      // The crash runs 3 s (long enough for a symbol of ~5 ticks/s in a 2,000-symbol market to
      // trade below the level several times): the halted one would have crossed by now.
      await page.waitForTimeout(3_000);
      expect(await log.locator('li').allTextContents()).toEqual([
        expect.stringContaining(`${crashed} below ${level}`),
      ]);
      expect(
        await page.locator(`[data-symbol="${halted}"]`).first().getAttribute('aria-label'),
      ).toMatch(/halted/);

      // Persisted: a reload keeps both alerts and the log.
      await page.reload();
      await page.getByRole('button', { name: 'Alerts (2)' }).click();
      await page.getByTestId('alert-log').getByText(`${crashed} below ${level}`).waitFor();
      await page
        .getByRole('button', { name: `Remove the alert ${halted} below ${haltedLevel}` })
        .click();
      await page.getByRole('button', { name: 'Alerts (1)' }).waitFor();

      // On a phone the panel sits under the page and nothing scrolls sideways.
      await page.setViewportSize({ width: 375, height: 800 });
      await waitForStill(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      await screenshot(page, 'alerts-375');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      if (halted) await runScenario(rig.gateway.url, admin, { type: 'resume', symbol: halted });
      await closePage(page);
    }
  });
});
