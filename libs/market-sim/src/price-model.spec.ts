import { INSTRUMENTS } from './catalog/catalog';
import { type MarketState, type SymbolRuntime, createMarketState } from './market-state';
import { type ModelOptions, YEAR_MS } from './model-options';
import { stepMarket } from './step-market';
import { type Instrument } from './types';

const START = Date.UTC(2026, 0, 5, 14, 30);

const TEST_INSTRUMENT: Instrument = {
  symbol: 'TEST',
  name: 'Test instrument',
  assetClass: 'equity',
  currency: 'USD',
  tickSize: 0.01,
  lotSize: 1,
  volatility: 0.3,
  spreadBps: 2,
  sector: 'Technology',
  tier: 'pro',
  refPrice: 100,
};

interface Step {
  logReturn: number;
  years: number;
  stressed: boolean;
}

/** Latent log-price returns of one symbol over `steps` ticks, at `ticksPerSecond`. */
function logReturns(model: Partial<ModelOptions>, ticksPerSecond: number, steps: number): Step[] {
  const state: MarketState = createMarketState({
    seed: 20261125,
    instruments: [TEST_INSTRUMENT],
    ticksPerSecond,
    startTime: START,
    model,
  });
  const result: Step[] = [];
  let previousLog = state.symbols[0].logPrice;
  let previousTime = START;
  const record = (_tick: unknown, symbol: SymbolRuntime) => {
    result.push({
      logReturn: symbol.logPrice - previousLog,
      years: (symbol.lastTime - previousTime) / YEAR_MS,
      stressed: state.stressed,
    });
    previousLog = symbol.logPrice;
    previousTime = symbol.lastTime;
  };
  const meanGapMs = 1000 / ticksPerSecond;
  while (result.length < steps) stepMarket(state, state.time + meanGapMs * 1000, record);
  return result.slice(0, steps);
}

function estimate(steps: readonly Step[]): { drift: number; volatility: number } {
  const years = steps.reduce((sum, s) => sum + s.years, 0);
  const logDrift = steps.reduce((sum, s) => sum + s.logReturn, 0) / years;
  const variance =
    steps.reduce((sum, s) => sum + (s.logReturn - logDrift * s.years) ** 2, 0) / years;
  return { drift: logDrift + variance / 2, volatility: Math.sqrt(variance) };
}

describe('price model', () => {
  it('matches the configured drift and volatility over 100,000 steps (GBM, one tick a day)', () => {
    const steps = logReturns({ drift: 0.1, regimes: false, jumps: false }, 1 / 86_400, 100_000);
    const { drift, volatility } = estimate(steps);
    // 100,000 daily steps span ~274 years. Standard errors: volatility 0.3/sqrt(100,000) ≈
    // 0.001 (0.3 %); drift 0.3/sqrt(274) ≈ 0.018. Tolerances are about 4.5 standard errors.
    expect(Math.abs(volatility / 0.3 - 1)).toBeLessThan(0.015);
    expect(Math.abs(drift - 0.1)).toBeLessThan(0.08);
    // Standardised returns: mean 0 (s.e. 0.003), standard deviation 1 (s.e. 0.003).
    const z = steps.map(
      (s) => (s.logReturn - (0.1 - 0.045) * s.years) / (0.3 * Math.sqrt(s.years)),
    );
    const mean = z.reduce((sum, v) => sum + v, 0) / z.length;
    const sd = Math.sqrt(z.reduce((sum, v) => sum + (v - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(sd - 1)).toBeLessThan(0.015);
  });

  it('keeps the configured long-run volatility with regimes, stressed periods being wilder', () => {
    // One tick a minute for ~69 days: about 2,000 calm/stressed cycles.
    const steps = logReturns({ regimes: true, jumps: false }, 1 / 60, 100_000);
    const { volatility } = estimate(steps);
    // Regime occupancy varies from run to run: 5 % covers it with a wide margin.
    expect(Math.abs(volatility / 0.3 - 1)).toBeLessThan(0.05);
    const stressed = estimate(steps.filter((s) => s.stressed)).volatility;
    const calm = estimate(steps.filter((s) => !s.stressed)).volatility;
    expect(stressed / calm).toBeGreaterThan(1.8);
    expect(stressed / calm).toBeLessThan(2.2);
  });

  it('adds rare jumps only when enabled', () => {
    const jumpsPerYear = 365 * 24; // one an hour, so that 100,000 one-minute steps see ~1,700
    const countJumps = (jumps: boolean) =>
      logReturns({ regimes: false, jumps, jumpsPerYear }, 1 / 60, 100_000).filter(
        (s) => Math.abs(s.logReturn) > 6 * 0.3 * Math.sqrt(s.years),
      ).length;
    expect(countJumps(false)).toBe(0);
    const withJumps = countJumps(true);
    // Expected ~1,670 (Poisson s.d. ~41); jumps smaller than 6 diffusion s.d. are rare.
    expect(withJumps).toBeGreaterThan(1_450);
    expect(withJumps).toBeLessThan(1_850);
  });

  it('moves symbols of one sector together, more than symbols of different sectors', () => {
    const [apple, microsoft, exxon] = sampledReturns(['AAPL', 'MSFT', 'XOM']);
    const sameSector = correlation(apple, microsoft);
    const crossSector = correlation(apple, exxon);
    // Model: 0.55 within a sector, 0.30 across; standard error ~0.02.
    expect(sameSector).toBeGreaterThan(0.45);
    expect(sameSector).toBeLessThan(0.65);
    expect(crossSector).toBeGreaterThan(0.2);
    expect(sameSector - crossSector).toBeGreaterThan(0.12);
  });

  it('moves FX pairs with the dollar: EUR/USD with GBP/USD, against USD/JPY', () => {
    const [euro, pound, yen] = sampledReturns(['EUR/USD', 'GBP/USD', 'USD/JPY']);
    // Model: +0.31 and -0.29 (dollar loading 0.55, market 0.1); standard error ~0.02.
    expect(correlation(euro, pound)).toBeGreaterThan(0.2);
    expect(correlation(euro, yen)).toBeLessThan(-0.2);
  });
});

/** Latent log returns of `symbols` over 2000 five-minute steps, in the catalog's order. */
function sampledReturns(symbols: readonly string[]): number[][] {
  const state = createMarketState({
    seed: 99,
    instruments: INSTRUMENTS.filter((i) => symbols.includes(i.symbol)),
    ticksPerSecond: 0.3,
    startTime: START,
    // Jumps are idiosyncratic and, being rare, make a week's sample correlation erratic.
    model: { jumps: false },
  });
  const order = symbols.map((symbol) => state.symbols.findIndex((s) => s.symbol === symbol));
  const samples: number[][] = symbols.map(() => []);
  const ignore = () => undefined;
  for (let i = 0; i <= 2000; i++) {
    stepMarket(state, START + i * 300_000, ignore);
    order.forEach((index, k) => samples[k].push(state.symbols[index].logPrice));
  }
  return samples.map((series) => series.slice(1).map((v, i) => v - series[i]));
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const meanA = a.reduce((s, v) => s + v, 0) / a.length;
  const meanB = b.reduce((s, v) => s + v, 0) / b.length;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let i = 0; i < a.length; i++) {
    cov += (a[i] - meanA) * (b[i] - meanB);
    varA += (a[i] - meanA) ** 2;
    varB += (b[i] - meanB) ** 2;
  }
  return cov / Math.sqrt(varA * varB);
}
