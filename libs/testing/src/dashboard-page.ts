import { type Page } from 'playwright-core';

// What a test of the running dashboard reads off the page: frontend e2e and the container check.

/** Waits until the health bar shows `state` (idle, connecting, live, reconnecting, offline). */
export async function waitForState(page: Page, state: string, timeout: number): Promise<void> {
  await page
    .locator(`[data-testid="connection-state"][data-state="${state}"]`)
    .waitFor({ timeout });
}

/** The watchlist's "last" column as shown: symbol -> text. */
export function lastPrices(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const prices: Record<string, string> = {};
    for (const row of Array.from(document.querySelectorAll<HTMLElement>('tr[data-symbol]'))) {
      const last = row.querySelector('[data-col="last"]');
      if (last) prices[row.dataset['symbol'] ?? ''] = last.textContent?.trim() ?? '';
    }
    return prices;
  });
}

/** Resolves with the symbols whose displayed price changed within `timeout`, or [] when none did. */
export async function waitForPriceChange(page: Page, timeout: number): Promise<string[]> {
  const before = await lastPrices(page);
  try {
    const changed = await page.waitForFunction(
      (before) => {
        const changed: string[] = [];
        for (const row of Array.from(document.querySelectorAll<HTMLElement>('tr[data-symbol]'))) {
          const symbol = row.dataset['symbol'] ?? '';
          const text = row.querySelector('[data-col="last"]')?.textContent?.trim();
          if (before[symbol] !== undefined && text !== before[symbol] && text !== '–') {
            changed.push(symbol);
          }
        }
        return changed.length > 0 ? changed : null;
      },
      before,
      { timeout, polling: 100 },
    );
    return (await changed.jsonValue()) as string[];
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return [];
    throw error;
  }
}
