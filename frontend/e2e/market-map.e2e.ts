import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import {
  closePage,
  openDashboard,
  screenshot,
  signIn,
  waitForStill,
  waitUntilNone,
} from './support/dashboard';
import { useGatewayAndBrowser } from './support/rig';

/** The colours of the map's canvas on a 24 x 16 grid, as 'r,g,b' strings. */
function canvasSamples(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map-canvas"]');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return [];
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const samples: string[] = [];
    for (let gy = 1; gy < 16; gy++) {
      for (let gx = 1; gx < 24; gx++) {
        const x = Math.floor((gx / 24) * canvas.width);
        const y = Math.floor((gy / 16) * canvas.height);
        const i = (y * canvas.width + x) * 4;
        samples.push(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      }
    }
    return samples;
  });
}

async function liveCount(page: Page): Promise<{ live: number; total: number }> {
  const text = (await page.getByTestId('map-summary').textContent()) ?? '';
  const [, live, total] = /(\d+) of (\d+)/.exec(text) ?? [];
  return { live: Number(live), total: Number(total) };
}

describe('market map at /map', () => {
  const rig = useGatewayAndBrowser();

  it('deep link: /map loads on reload and from the production gateway', async () => {
    const response = await fetch(`${rig.gateway.url}/map`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<tw-root');
    expect((await fetch(`${rig.gateway.url}/map/nothing`)).status).toBe(404);
  });

  it('shows every instrument of a pro user live, tiles changing colour as prices move', async () => {
    const page = await openDashboard(rig.browser, rig.gateway.url);
    try {
      await signIn(page);
      await page.getByRole('link', { name: 'Market map' }).click();
      await page.waitForURL(`${rig.gateway.url}/map`);
      await page.reload();
      await page.getByTestId('map-canvas').waitFor({ timeout: 10_000 });
      await waitUntilNone(
        'every instrument live',
        async () => {
          const { live, total } = await liveCount(page);
          // A pro connection holds at most 500 subscriptions (WS_MAX_SUBSCRIPTIONS by default).
          return total > 500 && live >= Math.min(total, 500) ? [] : [`${live} of ${total}`];
        },
        20_000,
      );
      expect(await page.title()).toBe('Market map · Tickwire');
      const before = await canvasSamples(page);
      // Red and green tiles both: the scale diverges around 0.
      const hues = new Set(
        before.map((s) => s.split(',').map(Number)).map(([r, g]) => Math.sign(r - g)),
      );
      expect(hues.has(1) && hues.has(-1)).toBe(true);
      await waitUntilNone(
        'tiles changed colour',
        async () => {
          const now = await canvasSamples(page);
          const changed = now.filter((s, i) => s !== before[i]).length;
          return changed >= 5 ? [] : [`${changed} of ${now.length} samples changed`];
        },
        10_000,
      );
      // One paint of every tile stays far from a long task (50 ms), and so does the page.
      const canvas = page.getByTestId('map-canvas');
      expect(Number(await canvas.getAttribute('data-tiles'))).toBeGreaterThan(500);
      const paints: number[] = [];
      const longTasks = page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const durations: number[] = [];
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
            });
            observer.observe({ type: 'longtask' });
            setTimeout(() => {
              observer.disconnect();
              resolve(durations);
            }, 5_000);
          }),
      );
      for (let i = 0; i < 5; i++) {
        paints.push(Number(await canvas.getAttribute('data-paint-ms')));
        await page.waitForTimeout(1_000);
      }
      process.stdout.write(
        `map: paints ${paints.join(', ')} ms; long tasks in 5 s: [${(await longTasks).join(', ')}] ms\n`,
      );
      expect(Math.max(...paints)).toBeLessThan(50);
      await waitForStill(page);
      await screenshot(page, 'map-dark');
      expect(await seriousViolations(page)).toEqual([]);

      const box = await page.getByTestId('map-canvas').boundingBox();
      if (!box) throw new Error('the map canvas has no box');
      await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
      const tip = page.getByTestId('map-tooltip');
      await tip.waitFor({ timeout: 5_000 });
      expect(await tip.textContent()).toMatch(/[A-Z].*\d.*%/s);
      await screenshot(page, 'map-hover');
      const symbol = ((await tip.locator('b').textContent()) ?? '').trim();
      expect(symbol).toMatch(/^[A-Z]/);
      await page.mouse.click(box.x + box.width / 3, box.y + box.height / 2);
      await page.waitForURL(`${rig.gateway.url}/`);
      await waitUntilNone(
        'the chart of the clicked tile',
        async () => {
          const charted = await page.locator('tw-chart .sym').textContent();
          return charted?.trim() === symbol ? [] : [`the chart shows ${charted}`];
        },
        5_000,
      );
    } finally {
      await closePage(page);
    }
  });

  it('offers the same data as a table, with top movers, and fits a 375 px phone', async () => {
    const page = await openDashboard(rig.browser, `${rig.gateway.url}/map`, {
      width: 375,
      height: 800,
    });
    try {
      const table = page.getByTestId('map-table');
      await table.waitFor({ timeout: 10_000 });
      const { total } = await liveCount(page);
      expect(await table.locator('tbody tr').count()).toBe(total);
      const changes = () => table.locator('td[data-col="change"]').allTextContents();
      await waitUntilNone(
        'the table live',
        async () => ((await changes()).every((c) => /\d/.test(c)) ? [] : ['a row without change']),
        15_000,
      );
      const before = await changes();
      await waitUntilNone(
        'table values moving',
        async () => ((await changes()).some((c, i) => c !== before[i]) ? [] : ['no change']),
        10_000,
      );
      expect(await page.getByTestId('gainers').locator('li button').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      await waitForStill(page);
      await screenshot(page, 'map-375');
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('button', { name: 'Light theme' }).click();
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      await page.getByTestId('map-canvas').waitFor();
      await waitForStill(page);
      await screenshot(page, 'map-light-guest');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
