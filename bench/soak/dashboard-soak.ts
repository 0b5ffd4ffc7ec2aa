import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from '@tickwire/testing';
import { heapMiB } from '../browser/dashboard-bench';
import { openDashboard } from '../browser/open-dashboard';
import { FULL } from '../lib/profile';
import { feedFor } from '../lib/scenarios';
import { ROOT, startServer } from '../lib/servers';
import { tickwireEnv, tickwireLogin } from '../lib/tickwire-access';
import { slopePerMinute, warmupMinutes, type Verdict } from './trend';

/** The bench's largest watchlist that holds 55 fps (docs/benchmarks.md). */
export const DASHBOARD_SYMBOLS = 200;

export interface DashboardMinute {
  minute: number;
  heapAfterGcMiB: number;
  rows: number;
}

/**
 * The built dashboard in headless Chromium, signed in, DASHBOARD_SYMBOLS symbols at 100 ms, for
 * `minutes`: the JS heap after a forced GC every minute. A leak is a slope after warm-up of 1 MiB
 * per 10 minutes or more (the gateway's goal, applied to the page).
 */
export async function soakDashboard(
  minutes: number,
  print: (line: string) => void,
): Promise<{ samples: DashboardMinute[]; verdicts: Verdict[] }> {
  if (!existsSync(join(ROOT, 'dist', 'frontend', 'browser', 'index.html'))) {
    throw new Error('no dashboard build in dist/frontend/browser: run `npm run build` first');
  }
  const feed = feedFor(FULL, 100);
  const server = await startServer('tickwire', feed, {
    ...(await tickwireEnv()),
    ACCESS_TOKEN_TTL: '24h',
  });
  const browser = await launchChromium();
  const samples: DashboardMinute[] = [];
  try {
    const session = await tickwireLogin(server.url);
    const symbols = feed.symbols.slice(0, DASHBOARD_SYMBOLS);
    const page = await openDashboard(browser, server.url, session, symbols);
    const started = Date.now();
    for (let minute = 1; minute <= minutes; minute++) {
      await sleep(started + minute * 60_000 - Date.now());
      const sample = {
        minute,
        heapAfterGcMiB: await heapMiB(page),
        rows: await page.locator('tr[data-symbol]').count(),
      };
      samples.push(sample);
      print(
        `min ${String(minute).padStart(2)}: JS heap after GC ${sample.heapAfterGcMiB.toFixed(2)} MiB, ${sample.rows} rows shown`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const after = samples.filter((s) => s.minute > warmupMinutes(minutes));
  const slope =
    10 *
    slopePerMinute(
      after.map((s) => s.minute),
      after.map((s) => s.heapAfterGcMiB),
    );
  const enough = after.length >= 3;
  return {
    samples,
    verdicts: [
      {
        goal: 'dashboard JS heap after GC, slope after warm-up < 1 MiB / 10 min (no leak)',
        figure: enough
          ? `${slope.toFixed(2)} MiB / 10 min over ${after.length} minutes`
          : 'not judged: fewer than 3 minutes after warm-up',
        passed: enough && slope < 1,
      },
    ],
  };
}
