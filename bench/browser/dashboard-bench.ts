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
import { type MainThreadCpu, MainThreadTrace } from './main-thread-trace';
import { ROOT, startServer } from '../lib/servers';
import { tickwireEnv, tickwireLogin } from '../lib/tickwire-access';
import { benchSymbols } from '../lib/workload';
import { type DecodeComparison, compareDecodeCost } from './decode-cost';
import { VIEWPORT, openDashboard } from './open-dashboard';
import {
  READ_PROBE,
  RESET_PROBE,
  SCROLL_PX_PER_SECOND,
  START_SCROLL,
  STOP_SCROLL,
  type ProbeReading,
} from './page-probe';

const FPS_GOAL = 55;

export interface FrameReading {
  fps: number;
  longTasks: number;
  longTaskMsPerSecond: number;
  /** The longest task (ms), 0 without one. */
  maxLongTaskMs: number;
  /** The renderer main thread's CPU time (thread time, insensitive to the machine's load). */
  mainThread: MainThreadCpu & { msPerFrame: number };
}

export interface BrowserPoint extends FrameReading {
  symbols: number;
  /** Rows in the DOM: the virtual list renders those in view only. */
  rowsShown: number;
  /** The same window while the list scrolls steadily (SCROLL_PX_PER_SECOND, down and back). */
  scrolling: FrameReading;
}

export interface BrowserResult {
  points: BrowserPoint[];
  /** Largest N measured that held FPS_GOAL, still and scrolling, null when none did. */
  largestHolding55Fps: number | null;
  scrollPxPerSecond: number;
  heap: { symbols: number; windowMs: number; startMiB: number; endMiB: number; growthMiB: number };
  viewport: typeof VIEWPORT;
  /** Decode cost per update in the page, binary against JSON (issue 14). */
  decode: DecodeComparison;
}

export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

async function measure(page: Page, windowMs: number): Promise<FrameReading> {
  const trace = await MainThreadTrace.start(page);
  await page.evaluate(RESET_PROBE);
  await sleep(windowMs);
  const reading = (await page.evaluate(READ_PROBE)) as ProbeReading;
  const mainThread = await trace.stop();
  const seconds = reading.elapsedMs / 1000;
  return {
    fps: reading.frames / seconds,
    longTasks: reading.longTasks,
    longTaskMsPerSecond: reading.longTaskMs / seconds,
    maxLongTaskMs: reading.maxLongTaskMs,
    mainThread: { ...mainThread, msPerFrame: mainThread.busyMs / Math.max(1, reading.frames) },
  };
}

async function measureScrolling(page: Page, windowMs: number): Promise<FrameReading> {
  await page.evaluate(START_SCROLL);
  // The first rows scrolled in are the first views built: let the list warm up.
  await sleep(1000);
  const reading = await measure(page, windowMs);
  await page.evaluate(STOP_SCROLL);
  return reading;
}

function describe(reading: FrameReading): string {
  const longest = reading.longTasks > 0 ? `, longest ${reading.maxLongTaskMs.toFixed(0)} ms` : '';
  const cpu = reading.mainThread;
  return (
    `${reading.fps.toFixed(1)} fps, ${reading.longTasks} long tasks${longest}; main thread ` +
    `${cpu.msPerFrame.toFixed(1)} ms CPU a frame, ${cpu.longTasks} tasks over 50 ms of CPU`
  );
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
  // The largest watchlist measured (2,000) outgrows the fan-out scenarios' symbol count.
  const symbols = benchSymbols(Math.max(profile.symbolCount, ...profile.browser.symbolCounts));
  const server = await startServer(
    'tickwire',
    {
      seed: profile.seed,
      symbols,
      ticksPerSecond: symbols.length * profile.ticksPerSecondPerSymbol,
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
      const still = await measure(page, profile.browser.windowMs);
      const rowsShown = await page.locator('tr[data-symbol]').count();
      const scrolling = await measureScrolling(page, profile.browser.windowMs);
      const point = { symbols: count, rowsShown, ...still, scrolling };
      log(
        `browser: ${count} symbols (${rowsShown} rows): ${describe(still)}; ` +
          `scrolling: ${describe(scrolling)}`,
      );
      points.push(point);
      await page.context().close();
    }
    const holding = points
      .filter((point) => point.fps >= FPS_GOAL && point.scrolling.fps >= FPS_GOAL)
      .map((point) => point.symbols);
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
      scrollPxPerSecond: SCROLL_PX_PER_SECOND,
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
