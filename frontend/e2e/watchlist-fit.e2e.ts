import { type Page } from 'playwright-core';
import { type SymbolInfo } from '@tickwire/protocol';
import {
  closePage,
  openDashboard,
  screenshot,
  signIn,
  waitForPrices,
  waitForStill,
} from './support/dashboard';
import { useGatewayAndBrowser } from './support/rig';

/** One symbol of every asset class; `demo` is a pro user, so all of them are live. */
const SYMBOLS = ['AAPL', 'EUR/USD', 'BTC-USD', 'SPX'] as const;
/** The virtual list's row height (ROW_HEIGHT in watchlist.ts): every row must be exactly this. */
const ROW_HEIGHT = 24;

/**
 * The longest symbols of each asset class in the gateway's catalog (two of each class, in catalog
 * order: RENDER-USD and RENDER-EUR have 10 characters). Few enough that the virtual list renders
 * every row even on a phone, where it shows about ten.
 */
async function longestSymbols(url: string): Promise<string[]> {
  const catalog = (await (await fetch(`${url}/api/symbols`)).json()) as SymbolInfo[];
  const longest = new Map<string, string[]>();
  for (const { symbol, assetClass } of catalog) {
    const current = longest.get(assetClass) ?? [];
    if (current.length === 0 || symbol.length > current[0].length)
      longest.set(assetClass, [symbol]);
    else if (symbol.length === current[0].length && current.length < 2) current.push(symbol);
  }
  return [...longest.values()].flat();
}

/**
 * The widest values each class can realistically show, formatted as the table formats them
 * (tick decimals, thousands separators, a true minus sign). Equities: NVR trades near 7,300;
 * FX: 5 decimals, or 3 for yen crosses above 100; crypto: BTC-USD near 90,000 with daily moves
 * of 15 %; indices: the Nikkei near 49,500. Percentages up to three integer digits, volume in
 * its compact form.
 */
const WIDEST: Record<(typeof SYMBOLS)[number], Record<string, string>> = {
  AAPL: {
    last: '9,999.99',
    change: '−999.99',
    pct: '−99.99%',
    bid: '9,999.99',
    ask: '9,999.99',
    volume: '999.9M',
  },
  'EUR/USD': {
    last: '199.999',
    change: '−0.01234',
    pct: '−12.34%',
    bid: '1.88888',
    ask: '1.88888',
    volume: '999.9B',
  },
  'BTC-USD': {
    last: '199,999.99',
    change: '−29,999.99',
    pct: '+199.99%',
    bid: '199,999.99',
    ask: '199,999.99',
    volume: '99.99K',
  },
  SPX: {
    last: '99,999.99',
    change: '−9,999.99',
    pct: '−99.99%',
    bid: '99,999.99',
    ask: '99,999.99',
    volume: '999.9M',
  },
};

interface Problem {
  row: string;
  cell: string;
  text: string;
  problem: string;
}

/**
 * Every visible cell of the watched rows and of the header: content wider than the cell
 * (`scrollWidth > clientWidth`), text outside its cell's content box, and adjacent cells whose
 * text comes closer than `minGap` px (or overlaps). Also the table against its scroll box.
 */
function measure(page: Page, minGap: number): Promise<Problem[]> {
  return page.evaluate(
    ({ gap, rowHeight }) => {
      const problems: Problem[] = [];
      const columns = ['sym', 'name', 'last', 'change', 'pct', 'bid', 'ask', 'volume', 'spark'];
      /** The box of what the cell shows: its visible text and its pictures, not its buttons. */
      const inkRect = (cell: Element): { left: number; right: number } | null => {
        let left = Infinity;
        let right = -Infinity;
        const walker = document.createTreeWalker(
          cell,
          NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node instanceof Element ? node : node.parentElement;
          if (parent?.closest('.sr-only')) continue;
          let rect: DOMRect | null = null;
          if (node instanceof SVGSVGElement) {
            rect = node.getBoundingClientRect();
          } else if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            rect = range.getBoundingClientRect();
          }
          if (!rect || rect.width === 0) continue;
          left = Math.min(left, rect.left);
          right = Math.max(right, rect.right);
        }
        return left < right ? { left, right } : null;
      };
      const rows = Array.from(
        document.querySelectorAll('.grid thead tr, .grid tbody tr[data-symbol]'),
      );
      for (const row of rows) {
        const name = (row as HTMLElement).dataset['symbol'] ?? 'header';
        const height = row.getBoundingClientRect().height;
        if (name !== 'header' && height !== rowHeight) {
          problems.push({
            row: name,
            cell: '',
            text: '',
            problem: `${height} px tall, not ${rowHeight}`,
          });
        }
        const cells = Array.from(row.children).filter(
          (cell) => getComputedStyle(cell).display !== 'none',
        ) as HTMLElement[];
        let previous: { cell: string; right: number } | null = null;
        for (const cell of cells) {
          const label = columns.find((column) => cell.classList.contains(column)) ?? 'actions';
          // A long name ends in an ellipsis by design (the row's label and title carry it whole).
          const ellipsis = label === 'name';
          const text = (cell.textContent ?? '').trim();
          if (!ellipsis && cell.scrollWidth > cell.clientWidth) {
            problems.push({
              row: name,
              cell: label,
              text,
              problem: `overflows: scrollWidth ${cell.scrollWidth} > clientWidth ${cell.clientWidth}`,
            });
          }
          const ink = inkRect(cell);
          if (!ink) continue;
          const box = cell.getBoundingClientRect();
          const style = getComputedStyle(cell);
          const left = box.left + parseFloat(style.paddingLeft) - 0.5;
          const right = box.right - parseFloat(style.paddingRight) + 0.5;
          const rect = ellipsis
            ? { left: Math.max(ink.left, left), right: Math.min(ink.right, right) }
            : ink;
          if (rect.left < left || rect.right > right) {
            problems.push({
              row: name,
              cell: label,
              text,
              problem: `text ${rect.left.toFixed(1)}..${rect.right.toFixed(1)} outside ${left.toFixed(1)}..${right.toFixed(1)}`,
            });
          }
          if (previous && rect.left - previous.right < gap) {
            problems.push({
              row: name,
              cell: label,
              text,
              problem: `only ${(rect.left - previous.right).toFixed(1)} px after ${previous.cell}`,
            });
          }
          previous = { cell: label, right: rect.right };
        }
      }
      const scroll = document.querySelector('.scroll') as HTMLElement;
      if (scroll.scrollWidth > scroll.clientWidth) {
        problems.push({
          row: 'table',
          cell: '',
          text: '',
          problem: `wider than its box: ${scroll.scrollWidth} > ${scroll.clientWidth}`,
        });
      }
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth) {
        problems.push({ row: 'page', cell: '', text: '', problem: 'scrolls horizontally' });
      }
      return problems;
    },
    { gap: minGap, rowHeight: ROW_HEIGHT },
  );
}

/**
 * Writes the widest values into the (paused) rows, as the table would show them, and the widest
 * badge (a halted symbol's) beside every symbol, the longest ones included.
 */
function showWidest(page: Page): Promise<void> {
  return page.evaluate((widest) => {
    for (const row of Array.from(document.querySelectorAll('tr[data-symbol]'))) {
      const ticker = row.querySelector('.ticker');
      if (!ticker) throw new Error(`no ticker in ${row.getAttribute('data-symbol')}`);
      row.querySelector('.badge')?.remove();
      const badge = document.createElement('span');
      badge.className = 'badge badge-halted';
      badge.textContent = 'Halted';
      ticker.after(badge);
    }
    for (const [symbol, values] of Object.entries(widest)) {
      const row = document.querySelector(`tr[data-symbol="${symbol}"]`);
      if (!row) throw new Error(`no row for ${symbol}`);
      for (const [column, text] of Object.entries(values)) {
        const cell = row.querySelector(column === 'last' ? '[data-col="last"]' : `td.${column}`);
        if (!cell) throw new Error(`no ${column} cell for ${symbol}`);
        cell.textContent = text;
      }
    }
  }, WIDEST);
}

const MIN_GAP_PX = 6;

describe('watchlist columns fit every asset class', () => {
  const rig = useGatewayAndBrowser();

  // The table's own width decides the columns: 1280 px gives it ~780 px (no name), 1100 px
  // ~670 px (no change, no volume), 1000 px the whole width in one column (~980 px, all), 375 px
  // a phone (symbol, last, change %, the remove button).
  for (const width of [1280, 1100, 1000, 375]) {
    for (const theme of ['dark', 'light']) {
      it(`at ${width} px in the ${theme} theme, live and with the widest values`, async () => {
        const longest = await longestSymbols(rig.gateway.url);
        expect(Math.max(...longest.map((symbol) => symbol.length))).toBeGreaterThanOrEqual(10);
        const symbols = [
          ...SYMBOLS,
          ...longest.filter((symbol) => !SYMBOLS.includes(symbol as never)),
        ];
        const page = await openDashboard(rig.browser, rig.gateway.url, {
          width,
          height: width > 400 ? 800 : 740,
          storage: {
            'tickwire.theme': theme,
            'tickwire.watchlist.demo': JSON.stringify(symbols),
          },
        });
        await signIn(page);
        await waitForPrices(page, symbols, 10_000);
        expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
        await waitForStill(page);
        const live = await measure(page, MIN_GAP_PX);
        await screenshot(page, `fit-${width}-${theme}-live`);

        await page.getByRole('button', { name: 'Pause updates' }).click();
        await page.getByRole('button', { name: 'Resume updates' }).waitFor();
        await showWidest(page);
        await waitForStill(page);
        const widest = await measure(page, MIN_GAP_PX);
        await screenshot(page, `fit-${width}-${theme}-widest`);
        await closePage(page);

        const describe = (problems: Problem[]) =>
          problems.map(({ row, cell, text, problem }) => `${row} ${cell} "${text}": ${problem}`);
        expect({ live: describe(live), widest: describe(widest) }).toEqual({
          live: [],
          widest: [],
        });
      });
    }
  }
});
