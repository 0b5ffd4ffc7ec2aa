import { type Page } from 'playwright-core';
import {
  closePage,
  openDashboard,
  screenshot,
  signIn,
  waitUntilNone,
  watchlistSymbols,
} from './support/dashboard';
import { useGatewayAndBrowser } from './support/rig';

async function waitForRows(page: Page, expected: readonly string[]): Promise<void> {
  await waitUntilNone(
    `the watchlist shows ${expected.join(', ')}`,
    async () => {
      const shown = await watchlistSymbols(page);
      return shown.join() === expected.join() ? [] : [`rows ${shown.join(', ')}`];
    },
    10_000,
  );
}

async function activeListName(page: Page): Promise<string> {
  return page.locator('#list-choice').evaluate((select: HTMLSelectElement) => {
    return select.selectedOptions[0]?.textContent?.trim() ?? '';
  });
}

describe('watchlists', () => {
  const rig = useGatewayAndBrowser();

  it('opens a shared link as exactly its list, and names the symbols it could not open', async () => {
    // AMD is a pro symbol: a guest may not see it. NOPE is in no catalog.
    const link = `${rig.gateway.url}/?symbols=AAPL,MSFT,EUR%2FUSD,NOPE,AMD`;
    const page = await openDashboard(rig.browser, link);
    await waitForRows(page, ['AAPL', 'MSFT', 'EUR/USD']);
    const notice = page.getByTestId('shared-link-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Not found: NOPE');
    expect(await notice.textContent()).toContain('Need a pro plan (sign in): AMD');
    expect(await activeListName(page)).toBe('Shared list (3)');
    // The link is opened once: the address no longer carries it, so a reload does not repeat it.
    expect(new URL(page.url()).searchParams.has('symbols')).toBe(false);
    await screenshot(page, 'shared-link');
    await closePage(page);
  }, 60_000);

  it('keeps named watchlists across a reload, and falls back from a corrupt store', async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByLabel('New watchlist name').fill('Chips');
    await page.getByLabel('New watchlist name').press('Enter');
    for (const symbol of ['NVDA', 'AAPL']) {
      await page.getByRole('combobox', { name: 'Add a symbol' }).fill(symbol);
      await page.getByRole('combobox', { name: 'Add a symbol' }).press('Enter');
    }
    await waitForRows(page, ['NVDA', 'AAPL']);
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByLabel('Watchlist name').fill('Big tech');
    await page.getByLabel('Watchlist name').press('Enter');
    await screenshot(page, 'named-watchlists');
    await page.reload();
    await waitForRows(page, ['NVDA', 'AAPL']);
    expect(await activeListName(page)).toBe('Big tech (2)');
    const names = await page.locator('#list-choice option').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(['My watchlist (14)', 'Big tech (2)']);
    // A store that is not JSON (or of another version) gives the default list, not a crash.
    await page.evaluate(() => localStorage.setItem('tickwire.watchlists.guest', '{"version":2,'));
    await page.reload();
    await waitUntilNone(
      'the default list',
      async () => ((await watchlistSymbols(page)).length === 14 ? [] : ['rows']),
      10_000,
    );
    expect(await activeListName(page)).toBe('My watchlist (14)');
    await closePage(page);
  }, 60_000);

  it('moves a row with Alt+Arrow keys, says so to screen readers, and keeps the order', async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url, {
      storage: { 'tickwire.watchlist.guest': JSON.stringify(['AAPL', 'MSFT', 'NVDA']) },
    });
    await waitForRows(page, ['AAPL', 'MSFT', 'NVDA']);
    await page.locator('tr[data-symbol="MSFT"]').click();
    await page.keyboard.press('Alt+ArrowUp');
    await waitForRows(page, ['MSFT', 'AAPL', 'NVDA']);
    expect(await page.getByTestId('watchlist-status').textContent()).toBe(
      'MSFT moved to position 1 of 3',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-symbol'))).toBe(
      'MSFT',
    );
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await waitForRows(page, ['AAPL', 'NVDA', 'MSFT']);
    await page.reload();
    await waitForRows(page, ['AAPL', 'NVDA', 'MSFT']);
    await closePage(page);
  }, 60_000);

  it('adds a whole sector from the search, and refuses one above the plan', async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url, {
      storage: { 'tickwire.watchlist.guest': JSON.stringify(['AAPL']) },
    });
    const search = page.getByRole('combobox', { name: 'Add a symbol' });
    // A guest may hold 50 subscriptions: every equity is far more.
    await search.fill('equities');
    await page.getByRole('option', { name: /Add all Equities/ }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Equities would add [\d,]+ symbols.*allows 50/);
    expect(await watchlistSymbols(page)).toEqual(['AAPL']);
    await signIn(page);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByLabel('New watchlist name').fill('Energy');
    await page.getByLabel('New watchlist name').press('Enter');
    await search.fill('energy');
    const option = page.getByRole('option', { name: /Add all Energy/ });
    const label = (await option.textContent()) ?? '';
    const count = Number(/\((\d+)\)/.exec(label)?.[1]);
    expect(count).toBeGreaterThanOrEqual(50);
    await option.click();
    const table = page.getByRole('grid', { name: 'Watchlist' });
    await waitUntilNone(
      `${count} rows`,
      async () => {
        const rows = await table.getAttribute('aria-rowcount');
        return Number(rows) === count + 1 ? [] : [`aria-rowcount ${rows}`];
      },
      10_000,
    );
    const shown = await watchlistSymbols(page);
    expect(shown).toContain('XOM');
    expect(shown.length).toBeLessThan(count);
    await closePage(page);
  }, 90_000);
});
