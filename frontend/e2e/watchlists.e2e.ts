import { type Page } from 'playwright-core';
import { type SymbolInfo } from '@tickwire/protocol';
import {
  closePage,
  openDashboard,
  screenshot,
  signIn,
  waitForPrices,
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

  it("cuts a shared link to the plan's limit and names the symbols left out", async () => {
    // The whole catalog (2,012 symbols, a ~13 KB address): more than a pro plan's 2,000.
    const catalog = (await (await fetch(`${rig.gateway.url}/api/symbols`)).json()) as SymbolInfo[];
    const linked = catalog.map((info) => info.symbol);
    expect(linked.length).toBeGreaterThan(2_000);
    const link = `${rig.gateway.url}/?symbols=${linked.map(encodeURIComponent).join(',')}`;
    const page = await openDashboard(rig.browser, link, { width: 1440, height: 900 });
    const table = page.getByRole('grid', { name: 'Watchlist' });
    const rowCount = async (expected: number) =>
      waitUntilNone(
        `${expected} rows`,
        async () => {
          const rows = await table.getAttribute('aria-rowcount');
          return Number(rows) === expected + 1 ? [] : [`aria-rowcount ${rows}`];
        },
        15_000,
      );
    // A guest opens the public symbols; the pro ones are named, none is over the guest's 50.
    const publicCount = catalog.filter((info) => info.tier === 'public').length;
    await rowCount(publicCount);
    expect(await page.getByTestId('shared-link-notice').textContent()).toContain(
      'Need a pro plan (sign in): ',
    );
    // Signed in (pro: 2,000 subscriptions), the link opens again in the user's own lists: the
    // first 2,000 symbols, the rest named in the notice rather than refused by the gateway.
    await signIn(page);
    await rowCount(2_000);
    const overLimit = page.getByTestId('shared-link-over-limit');
    await overLimit.waitFor();
    const leftOut = linked.slice(2_000);
    expect(await overLimit.textContent()).toContain(
      `up to 2000 symbols; left out (${leftOut.length}): ${leftOut.join(', ')}`,
    );
    expect(await activeListName(page)).toBe('Shared list (2000)');
    // The gateway refused nothing: no row is locked, and the first rows get prices.
    await waitForPrices(page, linked.slice(0, 5), 15_000);
    expect(await page.locator('tr[data-symbol].locked').count()).toBe(0);
    expect(await page.getByTestId('shared-link-notice').textContent()).not.toContain('Need a pro');
    await screenshot(page, 'shared-link-over-limit');
    await closePage(page);
  }, 90_000);

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
    // The alerts' toast region is an (empty) alert too: the refusal is the one that names a count.
    const refusal = page.getByRole('alert').filter({ hasText: 'would add' });
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
