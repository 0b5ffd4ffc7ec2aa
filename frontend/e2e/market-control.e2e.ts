import { login } from './support/admin-api';
import { seriousViolations } from './support/axe';
import { closePage, openDashboard, screenshot, signIn, waitForStill } from './support/dashboard';
import { useGatewayAndBrowser } from './support/rig';

describe('market control', () => {
  const rig = useGatewayAndBrowser();

  it('is absent for non-admins, and the gateway refuses their calls with 403', async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url);
    try {
      expect(await seriousViolations(page)).toEqual([]);
      await signIn(page, 'demo', 'demo');
      await page.getByRole('button', { name: 'Alerts (0)' }).waitFor();
      expect(await page.getByRole('button', { name: 'Market control' }).count()).toBe(0);
      const token = await login(rig.gateway.url, 'demo', 'demo');
      for (const init of [
        { method: 'GET' },
        { method: 'POST', body: JSON.stringify({ type: 'halt', symbol: 'AAPL' }) },
      ]) {
        const response = await fetch(`${rig.gateway.url}/api/admin/scenarios`, {
          ...init,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        });
        expect(response.status).toBe(403);
      }
    } finally {
      await closePage(page);
    }
  });

  it('lets an admin halt and resume the charted symbol, stall the feed, and lists scenarios', async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url);
    try {
      await signIn(page, 'admin', 'admin');
      await page.getByRole('button', { name: 'Market control' }).click();
      const panel = page.getByTestId('market-control');
      await panel.waitFor();
      const symbol = await panel.getByLabel('Symbol', { exact: true }).inputValue();
      expect(symbol).toMatch(/^[A-Z]/);
      expect(await seriousViolations(page)).toEqual([]);

      await panel.getByRole('button', { name: 'Halt' }).click();
      await panel.getByTestId('control-message').getByText(`Started halt · ${symbol}`).waitFor();
      await panel.getByTestId('active-scenarios').getByText(`halt · ${symbol}`).waitFor();
      const badge = page.getByTestId('chart-badge');
      await badge.getByText('Halted').waitFor({ timeout: 10_000 });
      await waitForStill(page);
      await screenshot(page, 'control-halted');

      await panel.getByRole('button', { name: 'Resume' }).click();
      await badge.waitFor({ state: 'detached', timeout: 10_000 });

      await panel.getByLabel('For (s)').fill('9');
      await panel.getByRole('button', { name: 'Stall the feed' }).click();
      const banner = page.getByTestId('feed-banner');
      await banner.waitFor({ timeout: 10_000 });
      expect(await banner.textContent()).toMatch(/stale|stalled/);
      await waitForStill(page);
      await screenshot(page, 'feed-stalled');
      await banner.waitFor({ state: 'detached', timeout: 15_000 });

      await page.getByRole('button', { name: 'Light theme' }).click();
      await panel.getByLabel('Drop %').fill('150');
      await panel.getByRole('button', { name: 'Crash' }).click();
      await panel
        .getByTestId('control-message')
        .getByText(/Refused: .*dropPct/)
        .waitFor();
      await waitForStill(page);
      await screenshot(page, 'control-light-refused');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
