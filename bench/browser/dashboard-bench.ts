/**
 * Client side: the built dashboard, served by the production gateway, in headless Chromium with N
 * symbols in the watchlist at 100 ms: frames per second, long tasks, JS heap growth.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findChromium, launchChromium } from '@tickwire/testing';
import { type Page } from 'playwright-core';
import type { Profile } from '../lib/profile';
import { ROOT, startServer } from '../lib/servers';
import { tickwireEnv, tickwireLogin } from '../lib/tickwire-access';
import { benchSymbols } from '../lib/workload';
import { type DecodeComparison, compareDecodeCost } from './decode-cost';
import { VIEWPORT, measure, openDashboard } from './open-dashboard';

const FPS_GOAL = 55;

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
  /** Decode cost per update in the page, binary against JSON (issue 14). */
  decode: DecodeComparison;
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
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
    await tickwireEnv(),
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
    // At the largest watchlist measured: where decoding weighs most and the frame rate leaves
    // the display's cap, so that a difference between the encodings can show.
    const decode = await compareDecodeCost(
      browser,
      server.url,
      symbols.slice(0, Math.max(...profile.browser.symbolCounts)),
      { windowMs: profile.browser.windowMs, rounds: profile.browser.decodeRounds },
      log,
    );
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
      decode,
    } satisfies BrowserResult;
  } finally {
    await browser.close();
    await server.stop();
  }
}
