import { type AssetClass } from '@tickwire/protocol';
import { type Instrument } from '../types';
import { EQUITY_SECTORS, PUBLIC_EQUITIES } from './equities';
import { CRYPTO_ROWS, FX_ROWS, INDEX_ROWS, PUBLIC_OTHERS } from './other-assets';
import { cryptoPairRows } from './crypto-pairs';
import { fxCrossRows } from './fx-crosses';

function rowsOf(block: string): string[][] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split('|'));
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function equities(): Instrument[] {
  return EQUITY_SECTORS.flatMap(({ sector, volatility: sectorVolatility, rows }) =>
    rowsOf(rows).map(([symbol, name, price, volatility], rank): Instrument => {
      const vol = volatility === undefined ? sectorVolatility : Number(volatility);
      const isPublic = PUBLIC_EQUITIES.has(symbol);
      // Large, liquid names trade more and quote tighter; volatile names quote wider.
      const activity = (1.6 / Math.sqrt(1 + rank / 5)) * (isPublic ? 1.5 : 1);
      return {
        symbol,
        name,
        assetClass: 'equity',
        currency: 'USD',
        tickSize: 0.01,
        lotSize: 1,
        volatility: vol,
        spreadBps: roundTo(1.5 + 8 * Math.max(0, vol - 0.2) + rank / 30, 1),
        sector,
        tier: isPublic ? 'public' : 'pro',
        refPrice: Number(price),
        activity: roundTo(activity, 3),
      };
    }),
  );
}

function others(block: string, assetClass: AssetClass, sector: string): Instrument[] {
  return rowsOf(block).map(
    ([symbol, name, price, volatility, currency, tickSize, lotSize, spreadBps], rank) => {
      const isPublic = PUBLIC_OTHERS.has(symbol);
      return {
        symbol,
        name,
        assetClass,
        currency,
        tickSize: Number(tickSize),
        lotSize: Number(lotSize),
        volatility: Number(volatility),
        spreadBps: Number(spreadBps),
        sector,
        tier: isPublic ? 'public' : 'pro',
        refPrice: Number(price),
        activity: roundTo(2 / Math.sqrt(1 + rank / 3), 3),
      };
    },
  );
}

/** The hand-written rows, then the generated ones that are not among them. */
function withGenerated(rows: string, generate: (known: ReadonlySet<string>) => string): string {
  const known = new Set(rowsOf(rows).map(([symbol]) => symbol));
  return `${rows}\n${generate(known)}`;
}

/** The whole catalog: US equities and ETFs, FX pairs, crypto pairs and indices. */
export const INSTRUMENTS: readonly Instrument[] = Object.freeze([
  ...equities(),
  ...others(withGenerated(FX_ROWS, fxCrossRows), 'fx', 'FX'),
  ...others(withGenerated(CRYPTO_ROWS, cryptoPairRows), 'crypto', 'Crypto'),
  ...others(INDEX_ROWS, 'index', 'Index'),
]);

const BY_SYMBOL: ReadonlyMap<string, Instrument> = new Map(INSTRUMENTS.map((i) => [i.symbol, i]));

export function findInstrument(symbol: string): Instrument | undefined {
  return BY_SYMBOL.get(symbol);
}
