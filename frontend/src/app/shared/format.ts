/** Number formatting for the watchlist and the chart, cached per shape (Intl is not cheap). */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    formatters.set(key, format);
  }
  return format;
}

/** Decimals a tick size needs: 0.01 -> 2, 0.0001 -> 4, 0.25 -> 2, 5 -> 0, 1e-8 -> 8. */
export function tickDecimals(tickSize: number): number {
  if (!(tickSize > 0) || !Number.isFinite(tickSize)) return 2;
  for (let decimals = 0; decimals <= 10; decimals++) {
    const scaled = tickSize * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return decimals;
  }
  return 10;
}

/** A price rounded to the nearest tick and shown with exactly the tick's decimals. */
export function formatPrice(value: number | null | undefined, tickSize: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const decimals = tickDecimals(tickSize);
  const rounded = Math.round(value / tickSize) * tickSize;
  return formatter(`p${decimals}`, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(rounded);
}

/** A signed change in price, e.g. +1.25 or −0.50 (a true minus sign, same width as plus). */
export function formatChange(value: number | null | undefined, tickSize: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatPrice(Math.abs(value), tickSize);
  if (Math.round(value / tickSize) === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatter('pct', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Math.abs(value),
  );
  if (text === '0.00') return '0.00%';
  return `${value > 0 ? '+' : '−'}${text}%`;
}

/** Volume in compact form: 950, 12.3K, 4.56M, 1.20B. */
export function formatVolume(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) {
      const scaled = value / size;
      const digits = Math.abs(scaled) >= 100 ? 1 : 2;
      return `${formatter(`v${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(scaled)}${suffix}`;
    }
  }
  return formatter('v0', { maximumFractionDigits: 0 }).format(value);
}
