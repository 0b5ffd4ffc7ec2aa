/**
 * FX crosses derived from one table of currencies against the US dollar, so every cross is
 * consistent with the dollar pairs (a triangle of rates closes) and its volatility follows from
 * the legs'. Rows have the layout of `other-assets.ts`.
 */
interface Currency {
  code: string;
  name: string;
  /** Units of this currency per US dollar (plausible late-2025 levels). */
  perUsd: number;
  /** Annualised volatility against the dollar. */
  volatility: number;
  /** Majors quote tight and are the usual base of a pair, in this order of precedence. */
  major: boolean;
}

const CURRENCIES: readonly Currency[] = [
  { code: 'EUR', name: 'Euro', perUsd: 0.8658, volatility: 0.075, major: true },
  { code: 'GBP', name: 'British Pound', perUsd: 0.7634, volatility: 0.08, major: true },
  { code: 'AUD', name: 'Australian Dollar', perUsd: 1.5432, volatility: 0.1, major: true },
  { code: 'NZD', name: 'New Zealand Dollar', perUsd: 1.7699, volatility: 0.105, major: true },
  { code: 'USD', name: 'US Dollar', perUsd: 1, volatility: 0, major: true },
  { code: 'CAD', name: 'Canadian Dollar', perUsd: 1.41, volatility: 0.065, major: true },
  { code: 'CHF', name: 'Swiss Franc', perUsd: 0.805, volatility: 0.085, major: true },
  { code: 'NOK', name: 'Norwegian Krone', perUsd: 10.15, volatility: 0.11, major: true },
  { code: 'SEK', name: 'Swedish Krona', perUsd: 9.5, volatility: 0.1, major: true },
  { code: 'DKK', name: 'Danish Krone', perUsd: 6.46, volatility: 0.075, major: true },
  { code: 'JPY', name: 'Japanese Yen', perUsd: 156.5, volatility: 0.1, major: true },
  { code: 'SGD', name: 'Singapore Dollar', perUsd: 1.305, volatility: 0.05, major: false },
  { code: 'HKD', name: 'Hong Kong Dollar', perUsd: 7.78, volatility: 0.01, major: false },
  { code: 'CNH', name: 'Offshore Chinese Yuan', perUsd: 7.1, volatility: 0.04, major: false },
  { code: 'MXN', name: 'Mexican Peso', perUsd: 18.4, volatility: 0.13, major: false },
  { code: 'ZAR', name: 'South African Rand', perUsd: 17.3, volatility: 0.16, major: false },
  { code: 'TRY', name: 'Turkish Lira', perUsd: 42.3, volatility: 0.15, major: false },
  { code: 'PLN', name: 'Polish Zloty', perUsd: 3.67, volatility: 0.1, major: false },
  { code: 'HUF', name: 'Hungarian Forint', perUsd: 330, volatility: 0.12, major: false },
  { code: 'CZK', name: 'Czech Koruna', perUsd: 21, volatility: 0.09, major: false },
  { code: 'RON', name: 'Romanian Leu', perUsd: 4.4, volatility: 0.08, major: false },
  { code: 'ILS', name: 'Israeli Shekel', perUsd: 3.25, volatility: 0.09, major: false },
  { code: 'INR', name: 'Indian Rupee', perUsd: 88.5, volatility: 0.05, major: false },
  { code: 'KRW', name: 'South Korean Won', perUsd: 1460, volatility: 0.09, major: false },
  { code: 'TWD', name: 'Taiwan Dollar', perUsd: 31, volatility: 0.06, major: false },
  { code: 'THB', name: 'Thai Baht', perUsd: 32.4, volatility: 0.08, major: false },
  { code: 'IDR', name: 'Indonesian Rupiah', perUsd: 16650, volatility: 0.07, major: false },
  { code: 'MYR', name: 'Malaysian Ringgit', perUsd: 4.15, volatility: 0.06, major: false },
  { code: 'PHP', name: 'Philippine Peso', perUsd: 58.9, volatility: 0.06, major: false },
  { code: 'BRL', name: 'Brazilian Real', perUsd: 5.35, volatility: 0.16, major: false },
  { code: 'CLP', name: 'Chilean Peso', perUsd: 940, volatility: 0.13, major: false },
  { code: 'COP', name: 'Colombian Peso', perUsd: 3800, volatility: 0.14, major: false },
  { code: 'PEN', name: 'Peruvian Sol', perUsd: 3.38, volatility: 0.07, major: false },
  { code: 'AED', name: 'UAE Dirham', perUsd: 3.6725, volatility: 0.01, major: false },
  { code: 'SAR', name: 'Saudi Riyal', perUsd: 3.75, volatility: 0.01, major: false },
  { code: 'KWD', name: 'Kuwaiti Dinar', perUsd: 0.307, volatility: 0.02, major: false },
  { code: 'ISK', name: 'Icelandic Krona', perUsd: 127, volatility: 0.09, major: false },
  { code: 'KES', name: 'Kenyan Shilling', perUsd: 129, volatility: 0.08, major: false },
  { code: 'NGN', name: 'Nigerian Naira', perUsd: 1450, volatility: 0.25, major: false },
];

/** Quote currencies every non-major is also crossed against, besides the dollar. */
const CROSS_MAJORS = ['EUR', 'GBP', 'JPY', 'CHF', 'AUD', 'CAD'];
/** Correlation assumed between two legs against the dollar. */
const LEG_CORRELATION = 0.5;

function crossVolatility(base: Currency, quote: Currency): number {
  const { volatility: a } = base;
  const { volatility: b } = quote;
  const variance = a * a + b * b - 2 * LEG_CORRELATION * a * b;
  return Math.max(0.01, Math.round(Math.sqrt(variance) * 1000) / 1000);
}

/** Five to six significant digits, as FX platforms quote ("pipettes"). */
function tickFor(price: number): number {
  return 10 ** Math.min(-1, Math.floor(Math.log10(price)) - 5);
}

function row(base: Currency, quote: Currency, spreadBps: number): string {
  const raw = quote.perUsd / base.perUsd;
  const tick = tickFor(raw);
  const decimals = Math.max(0, -Math.round(Math.log10(tick)));
  const price = (Math.round(raw / tick) * tick).toFixed(decimals);
  const volatility = crossVolatility(base, quote);
  const name = `${base.name} / ${quote.name}`;
  const tickText = tick.toFixed(decimals);
  return `${base.code}/${quote.code}|${name}|${price}|${volatility}|${quote.code}|${tickText}|1000|${spreadBps}`;
}

/** Every pair of majors, and every other currency against the dollar and CROSS_MAJORS. */
function crossRows(): string[] {
  const majors = CURRENCIES.filter((c) => c.major);
  const others = CURRENCIES.filter((c) => !c.major);
  const rows: string[] = [];
  majors.forEach((base, i) => {
    for (const quote of majors.slice(i + 1)) rows.push(row(base, quote, 2.5));
  });
  for (const quote of others) {
    const usd = majors.find((c) => c.code === 'USD') as Currency;
    rows.push(row(usd, quote, 6));
    for (const code of CROSS_MAJORS) {
      rows.push(row(majors.find((c) => c.code === code) as Currency, quote, 15));
    }
  }
  return rows;
}

/** Rows of the crosses, minus the symbols `known` already lists (hand-tuned rows win). */
export function fxCrossRows(known: ReadonlySet<string>): string {
  return crossRows()
    .filter((line) => !known.has(line.slice(0, line.indexOf('|'))))
    .join('\n');
}
