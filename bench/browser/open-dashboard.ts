import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type Page } from 'playwright-core';
import type { BenchSession } from '../lib/tickwire-access';
import { INSTALL_PROBE, READ_PROBE, RESET_PROBE, type ProbeReading } from './page-probe';

export const VIEWPORT = { width: 1440, height: 900 };

/**
 * The built dashboard signed in as `session` with `symbols` in its watchlist at 100 ms, the page
 * probe installed (and `initScripts`, plain JavaScript run before the app); resolves once rows show.
 */
export async function openDashboard(
  browser: Browser,
  url: string,
  session: BenchSession,
  symbols: string[],
  {
    storage = {},
    initScripts = [],
  }: { storage?: Record<string, string>; initScripts?: string[] } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const entries: Record<string, string> = {
    'tickwire.speed': '100',
    [`tickwire.watchlist.${session.user.username}`]: JSON.stringify(symbols),
    ...storage,
  };
  const preload = `
    sessionStorage.setItem('tickwire.session', ${JSON.stringify(JSON.stringify(session))});
    for (const [key, value] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(key, value);
  `;
  await page.addInitScript({ content: [preload, INSTALL_PROBE, ...initScripts].join('\n') });
  await page.goto(url);
  // Wait until the rows show prices (the first snapshot arrived).
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const rows = await page.locator('tr[data-symbol]').count();
    if (rows >= Math.min(symbols.length, 5)) break;
    await sleep(250);
  }
  return page;
}

/** Frames and long tasks of the page over the next `windowMs`. */
export async function measure(page: Page, windowMs: number): Promise<ProbeReading> {
  await page.evaluate(RESET_PROBE);
  await sleep(windowMs);
  return (await page.evaluate(READ_PROBE)) as ProbeReading;
}
