import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { waitForState } from '@tickwire/testing/dashboard';

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');

export interface OpenOptions {
  width?: number;
  height?: number;
  /** localStorage entries set before the app starts. */
  storage?: Record<string, string>;
  /** Called with the page before it loads (to watch its WebSocket from the first frame). */
  beforeLoad?: (page: Page) => void | Promise<void>;
}

/** Opens the dashboard in a fresh context (own storage) and waits until it is live. */
export async function openDashboard(
  browser: Browser,
  url: string,
  { width = 1280, height = 800, storage = {}, beforeLoad }: OpenOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('tw-e2e-init')) return;
    sessionStorage.setItem('tw-e2e-init', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  await beforeLoad?.(page);
  await page.goto(url);
  await waitForState(page, 'live', 15_000);
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/**
 * Polls `failures` (what is not yet as it should be, one line each) until it is empty; on timeout
 * throws with the last failures, so a test says which element failed and what it showed.
 */
export async function waitUntilNone(
  what: string,
  failures: () => Promise<string[]>,
  timeout: number,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = await failures();
  while (last.length > 0) {
    if (Date.now() > deadline) {
      throw new Error(`${what}: still not so after ${timeout} ms for ${last.join('; ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await failures();
  }
}

/** The watchlist's "last" cell of each symbol, as shown ('' when the row is missing). */
export function lastCells(page: Page, symbols: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate((symbols) => {
    const cells: Record<string, string> = {};
    for (const symbol of symbols) {
      cells[symbol] =
        document
          .querySelector(`tr[data-symbol="${symbol}"] [data-col="last"]`)
          ?.textContent?.trim() ?? '';
    }
    return cells;
  }, symbols);
}

/** Waits until every one of `symbols` shows a price (a digit in its "last" cell). */
export function waitForPrices(page: Page, symbols: readonly string[], timeout: number) {
  return waitUntilNone(
    'a price in every row',
    async () =>
      Object.entries(await lastCells(page, symbols))
        .filter(([, text]) => !/\d/.test(text))
        .map(([symbol, text]) => `${symbol} shows "${text}"`),
    timeout,
  );
}

/**
 * Waits until the page is still: no CSS transition or animation running, then two rendered
 * frames (whatever a signal changed before is painted). For screenshots and "nothing moves".
 */
export async function waitForStill(page: Page, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running'),
    undefined,
    { timeout },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

export function watchlistSymbols(page: Page): Promise<string[]> {
  return page.$$eval('tr[data-symbol]', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset['symbol'] ?? ''),
  );
}

export interface ChartInk {
  /** Pixels that differ clearly from the chart's background, over every canvas. */
  inked: number;
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
    for (const canvas of canvases) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        const distance =
          Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]);
        if (distance > 30) inked += 1;
      }
    }
    return { inked, canvases: canvases.length };
  });
}

/** What the chart says it draws (attributes of its canvas host): bar count and bar spacing. */
export interface ChartDrawing {
  bars: number;
  /** Seconds between the two newest bars, null below two bars. */
  barSeconds: number | null;
}

export function chartDrawing(page: Page): Promise<ChartDrawing> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-testid="chart-canvas"]');
    const seconds = host?.dataset['barSeconds'];
    return {
      bars: Number(host?.dataset['bars'] ?? 0),
      barSeconds: seconds ? Number(seconds) : null,
    };
  });
}

/** Waits until the chart's drawing is as `expected` says, and returns it. */
export async function waitForChart(
  page: Page,
  what: string,
  expected: (drawing: ChartDrawing) => boolean,
  timeout = 10_000,
): Promise<ChartDrawing> {
  await waitUntilNone(
    `chart with ${what}`,
    async () => {
      const drawing = await chartDrawing(page);
      return expected(drawing)
        ? []
        : [`the chart (${drawing.bars} bars, ${drawing.barSeconds ?? 'no'} s apart)`];
    },
    timeout,
  );
  return chartDrawing(page);
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
