import { type AssetClass } from '@tickwire/protocol';
import { type Instrument } from './types';

/** Tunable parameters of the price model. Every field has a default (`DEFAULT_MODEL`). */
export interface ModelOptions {
  /** Annualised drift of every price; the log-price drifts by `drift - volatility² / 2`. */
  drift: number;
  /** Common market factor and sector factors; off makes every symbol independent. */
  factors: boolean;
  /** Calm and stressed volatility regimes with Markov switching. */
  regimes: boolean;
  /** Mean time spent in the calm regime before turning stressed, ms. */
  calmMeanMs: number;
  /** Mean time spent in the stressed regime before calming down, ms. */
  stressedMeanMs: number;
  /** Volatility in the stressed regime divided by volatility in the calm one. */
  stressRatio: number;
  /** Rare price jumps. */
  jumps: boolean;
  /** Expected jumps per symbol per year. */
  jumpsPerYear: number;
  /** Standard deviation of a jump's log size, as a multiple of the annual volatility. */
  jumpVolMultiple: number;
}

export const DEFAULT_MODEL: Readonly<ModelOptions> = Object.freeze({
  drift: 0,
  factors: true,
  regimes: true,
  calmMeanMs: 40 * 60_000,
  stressedMeanMs: 5 * 60_000,
  stressRatio: 2,
  jumps: true,
  jumpsPerYear: 25,
  jumpVolMultiple: 0.08,
});

/**
 * Volatility is annualised over calendar time (365.25 days of 24 h): the simulator trades every
 * class around the clock, with no exchange hours.
 */
export const YEAR_MS = 365.25 * 86_400_000;
export const DAY_MS = 86_400_000;

export interface FactorLoadings {
  market: number;
  sector: number;
}

/**
 * How much of each class's variance comes from the common market factor and from its sector
 * factor; the rest is idiosyncratic. Two equities of one sector correlate at
 * market² + sector² (0.55), of different sectors at market² (0.3).
 */
export const FACTOR_LOADINGS: Readonly<Record<AssetClass, FactorLoadings>> = {
  equity: { market: 0.55, sector: 0.5 },
  index: { market: 0.95, sector: 0.1 },
  fx: { market: 0.1, sector: 0.55 },
  crypto: { market: 0.25, sector: 0.8 },
};

/**
 * Loadings of one instrument. The FX "sector" factor is the US dollar: USD/xxx pairs rise with
 * it, xxx/USD pairs fall, and crosses without the dollar ignore it.
 */
export function factorLoadings(instrument: Instrument, factors: boolean): FactorLoadings {
  if (!factors) return { market: 0, sector: 0 };
  const loadings = FACTOR_LOADINGS[instrument.assetClass];
  if (instrument.assetClass !== 'fx') return loadings;
  const [base, quote] = instrument.symbol.split('/');
  const dollar = base === 'USD' ? 1 : quote === 'USD' ? -1 : 0;
  return { market: loadings.market, sector: loadings.sector * dollar };
}

/** Median notional of one trade in the instrument's currency (FX: in base currency units). */
export const MEDIAN_TRADE_NOTIONAL: Readonly<Record<AssetClass, number>> = {
  equity: 8_000,
  index: 50_000,
  fx: 100_000,
  crypto: 2_000,
};

/** Standard deviation of log trade size. */
export const TRADE_SIZE_LOG_SD = 1;

/**
 * Calm-regime volatility multiple chosen so that the long-run variance equals the configured
 * volatility: p_calm * c² + p_stressed * (ratio * c)² = 1.
 */
export function calmMultiplier(model: ModelOptions): number {
  if (!model.regimes) return 1;
  const pStressed = model.stressedMeanMs / (model.calmMeanMs + model.stressedMeanMs);
  return 1 / Math.sqrt(1 - pStressed + pStressed * model.stressRatio ** 2);
}
