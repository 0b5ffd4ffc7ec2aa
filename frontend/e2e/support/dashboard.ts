import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');

export interface OpenOptions {
  width?: number;
  height?: number;
  /** localStorage entries set before the app starts. */
  storage?: Record<string, string>;
}

/** Opens the dashboard in a fresh context (own storage) and waits until it is live. */
export async function openDashboard(
  browser: Browser,
  url: string,
  { width = 1280, height = 800, storage = {} }: OpenOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('tw-e2e-init')) return;
    sessionStorage.setItem('tw-e2e-init', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto(url);
  await waitForState(page, 'live', 15_000);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

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

/** Resolves with the symbols whose displayed price changed within `timeout`. */
export async function waitForPriceChange(page: Page, timeout: number): Promise<string[]> {
  const before = await lastPrices(page);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await page.waitForTimeout(200);
    const now = await lastPrices(page);
    const changed = Object.keys(now).filter(
      (symbol) =>
        before[symbol] !== undefined && now[symbol] !== before[symbol] && now[symbol] !== '–',
    );
    if (changed.length > 0) return changed;
  }
  return [];
}

export function watchlistSymbols(page: Page): Promise<string[]> {
  return page.$$eval('tr[data-symbol]', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset['symbol'] ?? ''),
  );
}

export interface ChartInk {
  /** Pixels that differ clearly from the chart's background, over every canvas. */
  inked: number;
  /** A digest of all canvases' pixels, to tell two drawings apart. */
  digest: number;
  canvases: number;
}

/** Reads the chart's canvases back: proof that something was really drawn. */
export function chartInk(page: Page): Promise<ChartInk> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="chart-canvas"]');
    const canvases = host ? Array.from(host.querySelectorAll('canvas')) : [];
    const background = getComputedStyle(document.documentElement)
      .getPropertyValue('--surface')
      .trim();
    const probe = document.createElement('canvas').getContext('2d');
    let bg = [0, 0, 0];
    if (probe) {
      probe.fillStyle = background;
      probe.fillRect(0, 0, 1, 1);
      bg = [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }
    let inked = 0;
    let digest = 0;
    for (const canvas of canvases) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        const distance =
          Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]);
        if (distance > 30) inked += 1;
        digest = (digest * 31 + data[i] * 7 + data[i + 1] * 13 + data[i + 2]) >>> 0;
      }
    }
    return { inked, digest, canvases: canvases.length };
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Signs in through the dialog, as a person would. */
export async function signIn(page: Page, username = 'demo', password = 'demo'): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-name').waitFor({ timeout: 10_000 });
}
