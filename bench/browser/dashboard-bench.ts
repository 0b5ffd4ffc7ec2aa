/**
 * Client side: the built dashboard, served by the production gateway, in headless Chromium with N
 * symbols in the watchlist at 100 ms: frames per second, long tasks, JS heap growth.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findChromium, launchChromium } from '@tickwire/testing';
import { type Browser, type Page } from 'playwright-core';
import type { Profile } from '../lib/profile';
import { ROOT, startServer } from '../lib/servers';
import { tickwireEnv, tickwireLogin, type BenchSession } from '../lib/tickwire-access';
import { benchSymbols } from '../lib/workload';
import { INSTALL_PROBE, READ_PROBE, RESET_PROBE, type ProbeReading } from './page-probe';

const FPS_GOAL = 55;
const VIEWPORT = { width: 1440, height: 900 };

export interface BrowserPoint {
  symbols: number;
  rowsShown: number;
  fps: number;
  longTasks: number;
  longTaskMsPerSecond: number;
}

export interface BrowserResult {
  points: BrowserPoint[];
  /** Largest N measured that held FPS_GOAL, null when none did. */
  largestHolding55Fps: number | null;
  heap: { symbols: number; windowMs: number; startMiB: number; endMiB: number; growthMiB: number };
  viewport: typeof VIEWPORT;
}

export async function openDashboard(
  browser: Browser,
  url: string,
  session: BenchSession,
  symbols: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const preload = `
    sessionStorage.setItem('tickwire.session', ${JSON.stringify(JSON.stringify(session))});
    localStorage.setItem('tickwire.speed', '100');
    localStorage.setItem('tickwire.watchlist.${session.user.username}', ${JSON.stringify(JSON.stringify(symbols))});
  `;
  await page.addInitScript({ content: preload + INSTALL_PROBE });
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

export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

async function measure(page: Page, windowMs: number): Promise<ProbeReading> {
  await page.evaluate(RESET_PROBE);
  await sleep(windowMs);
  return (await page.evaluate(READ_PROBE)) as ProbeReading;
}

export type BrowserOutcome = BrowserResult | { skipped: string };

export async function runBrowserBench(
  profile: Profile,
  log: (line: string) => void,
): Promise<BrowserOutcome> {
  if (!findChromium()) return { skipped: 'no Chromium (set CHROME_PATH)' };
  if (!existsSync(join(ROOT, 'dist', 'frontend', 'browser', 'index.html'))) {
    return { skipped: 'no dashboard build in dist/frontend/browser' };
  }
  const symbols = benchSymbols(profile.symbolCount);
  const server = await startServer(
    'tickwire',
    {
      seed: profile.seed,
      symbols,
      ticksPerSecond: profile.symbolCount * profile.ticksPerSecondPerSymbol,
      throttleMs: 100,
    },
    tickwireEnv(),
  );
  const browser = await launchChromium();
  try {
    const points: BrowserPoint[] = [];
    for (const count of profile.browser.symbolCounts) {
      const session = await tickwireLogin(server.url);
      const page = await openDashboard(browser, server.url, session, symbols.slice(0, count));
      await sleep(2000);
      const reading = await measure(page, profile.browser.windowMs);
      const rowsShown = await page.locator('tr[data-symbol]').count();
      const seconds = reading.elapsedMs / 1000;
      const point = {
        symbols: count,
        rowsShown,
        fps: reading.frames / seconds,
        longTasks: reading.longTasks,
        longTaskMsPerSecond: reading.longTaskMs / seconds,
      };
      log(
        `browser: ${count} symbols (${rowsShown} rows): ${point.fps.toFixed(1)} fps, ` +
          `${point.longTasks} long tasks`,
      );
      points.push(point);
      await page.context().close();
    }
    const holding = points.filter((point) => point.fps >= FPS_GOAL).map((point) => point.symbols);
    const largest = holding.length > 0 ? Math.max(...holding) : null;
    const heapSymbols = largest ?? Math.min(...profile.browser.symbolCounts);
    const session = await tickwireLogin(server.url);
    const page = await openDashboard(browser, server.url, session, symbols.slice(0, heapSymbols));
    await sleep(2000);
    const startMiB = await heapMiB(page);
    await sleep(profile.browser.heapWindowMs);
    const endMiB = await heapMiB(page);
    log(
      `browser: heap ${startMiB.toFixed(1)} -> ${endMiB.toFixed(1)} MiB over ${profile.browser.heapWindowMs / 1000} s`,
    );
    await page.context().close();
    return {
      points,
      largestHolding55Fps: largest,
      heap: {
        symbols: heapSymbols,
        windowMs: profile.browser.heapWindowMs,
        startMiB,
        endMiB,
        growthMiB: endMiB - startMiB,
      },
      viewport: VIEWPORT,
    } satisfies BrowserResult;
  } finally {
    await browser.close();
    await server.stop();
  }
}
