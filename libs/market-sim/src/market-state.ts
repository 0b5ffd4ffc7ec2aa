import { AliasTable, resolveRates } from './arrival-rates';
import { generateBackfill, type BackfillSpec } from './backfill';
import {
  DAY_MS,
  DEFAULT_MODEL,
  MEDIAN_TRADE_NOTIONAL,
  TRADE_SIZE_LOG_SD,
  calmMultiplier,
  factorLoadings,
  type ModelOptions,
} from './model-options';
import { DecimalGrid } from './price-grid';
import { Random, deriveSeed } from './random';
import { type ScenarioState, createScenarioState } from './scenarios';
import { type Instrument } from './types';
import { type Tick } from '@tickwire/protocol';

export interface MarketStateOptions {
  seed: number;
  instruments: readonly Instrument[];
  /** Total tick rate over all instruments; default 2000. */
  ticksPerSecond?: number;
  symbolRates?: Readonly<Record<string, number>>;
  /** Epoch ms at which live simulation starts (the synthetic past ends here). */
  startTime: number;
  model?: Partial<ModelOptions>;
}

/** Mutable per-symbol state of the simulation. Prices are integer tick counts. */
export interface SymbolRuntime {
  readonly index: number;
  readonly instrument: Instrument;
  readonly symbol: string;
  readonly prices: DecimalGrid;
  readonly lots: DecimalGrid;
  readonly volatility: number;
  readonly marketLoading: number;
  readonly sectorLoading: number;
  readonly idiosyncraticLoading: number;
  readonly sectorIndex: number;
  readonly halfSpreadFraction: number;
  readonly logMedianLots: number;
  /** Ticks per second. */
  readonly rate: number;
  readonly backfill: BackfillSpec;
  /** Log of the latent mid price, without scenario offsets. */
  logPrice: number;
  lastTime: number;
  lastTau: number;
  lastMarketFactor: number;
  lastSectorFactor: number;
  seq: number;
  halted: boolean;
  sessionLoaded: boolean;
  sessionDay: number;
  openTicks: number;
  highTicks: number;
  lowTicks: number;
  prevCloseTicks: number;
  lastTicks: number;
  lastLots: number;
  volumeLots: number;
  latest: Tick | undefined;
}

export interface MarketState {
  readonly seed: number;
  readonly model: Readonly<ModelOptions>;
  readonly startTime: number;
  readonly random: Random;
  readonly symbols: readonly SymbolRuntime[];
  readonly bySymbol: ReadonlyMap<string, SymbolRuntime>;
  readonly totalRate: number;
  readonly picker: AliasTable;
  /** Volatility multiple of the calm regime. */
  readonly calmMultiplier: number;
  /** Everything up to this time has been generated. */
  time: number;
  nextArrival: number;
  /** Business time in years: calendar time weighted by the squared regime multiplier. */
  tau: number;
  tauTime: number;
  regimeMultiplier: number;
  stressed: boolean;
  nextRegimeSwitch: number;
  marketFactor: number;
  marketFactorTau: number;
  readonly sectorFactors: Float64Array;
  readonly sectorFactorTaus: Float64Array;
  readonly scenarios: ScenarioState;
}

function symbolRuntime(
  instrument: Instrument,
  index: number,
  rate: number,
  sectorIndex: number,
  options: MarketStateOptions,
  model: ModelOptions,
): SymbolRuntime {
  const symbolRandom = new Random(deriveSeed(options.seed, `start:${instrument.symbol}`));
  const startPrice = instrument.refPrice * Math.exp(0.02 * symbolRandom.normal());
  const prices = new DecimalGrid(instrument.tickSize);
  const loadings = factorLoadings(instrument, model.factors);
  const medianLots =
    instrument.assetClass === 'fx'
      ? MEDIAN_TRADE_NOTIONAL.fx / instrument.lotSize
      : MEDIAN_TRADE_NOTIONAL[instrument.assetClass] / (startPrice * instrument.lotSize);
  const logMedianLots = Math.log(Math.max(1, medianLots));
  return {
    index,
    instrument,
    symbol: instrument.symbol,
    prices,
    lots: new DecimalGrid(instrument.lotSize),
    volatility: instrument.volatility,
    marketLoading: loadings.market,
    sectorLoading: loadings.sector,
    idiosyncraticLoading: Math.sqrt(1 - loadings.market ** 2 - loadings.sector ** 2),
    sectorIndex,
    halfSpreadFraction: instrument.spreadBps / 20_000,
    logMedianLots,
    rate,
    backfill: {
      seed: deriveSeed(options.seed, `history:${instrument.symbol}`),
      endTime: options.startTime,
      endPrice: startPrice,
      volatility: instrument.volatility,
      marketLoading: loadings.market,
      sectorLoading: loadings.sector,
      marketSeed: deriveSeed(options.seed, 'history-factor:market'),
      sectorSeed: deriveSeed(options.seed, `history-factor:${instrument.sector}`),
      ratePerSecond: rate,
      meanLots: Math.exp(logMedianLots + TRADE_SIZE_LOG_SD ** 2 / 2),
      prices,
    },
    logPrice: Math.log(startPrice),
    lastTime: options.startTime,
    lastTau: 0,
    lastMarketFactor: 0,
    lastSectorFactor: 0,
    seq: 0,
    halted: false,
    sessionLoaded: false,
    sessionDay: -1,
    openTicks: 0,
    highTicks: 0,
    lowTicks: 0,
    prevCloseTicks: 0,
    lastTicks: prices.nearest(startPrice),
    lastLots: 0,
    volumeLots: 0,
    latest: undefined,
  };
}

export function createMarketState(options: MarketStateOptions): MarketState {
  const model: ModelOptions = { ...DEFAULT_MODEL, ...options.model };
  const rates = resolveRates(
    options.instruments,
    options.ticksPerSecond ?? 2000,
    options.symbolRates,
  );
  const sectorNames = [...new Set(options.instruments.map((i) => i.sector))];
  const symbols = options.instruments.map((instrument, index) =>
    symbolRuntime(
      instrument,
      index,
      rates[index],
      sectorNames.indexOf(instrument.sector),
      options,
      model,
    ),
  );
  const random = new Random(deriveSeed(options.seed, 'market'));
  const totalRate = rates.reduce((sum, rate) => sum + rate, 0);
  const state: MarketState = {
    seed: options.seed,
    model,
    startTime: options.startTime,
    random,
    symbols,
    bySymbol: new Map(symbols.map((s) => [s.symbol, s])),
    totalRate,
    picker: new AliasTable(rates),
    calmMultiplier: calmMultiplier(model),
    time: options.startTime,
    nextArrival: Infinity,
    tau: 0,
    tauTime: options.startTime,
    regimeMultiplier: calmMultiplier(model),
    stressed: false,
    nextRegimeSwitch: Infinity,
    marketFactor: 0,
    marketFactorTau: 0,
    sectorFactors: new Float64Array(sectorNames.length),
    sectorFactorTaus: new Float64Array(sectorNames.length),
    scenarios: createScenarioState(),
  };
  state.nextArrival = drawNextArrival(state, options.startTime);
  if (model.regimes)
    state.nextRegimeSwitch = options.startTime + random.exponential() * model.calmMeanMs;
  return state;
}

export function drawNextArrival(state: MarketState, from: number): number {
  return state.totalRate > 0
    ? from + (1000 * state.random.exponential()) / state.totalRate
    : Infinity;
}

/**
 * Loads the session statistics (open, high, low, volume of the current UTC day and the
 * previous close) from the symbol's synthetic past, so the first live tick continues it.
 */
export function loadSession(symbol: SymbolRuntime): void {
  if (symbol.sessionLoaded) return;
  symbol.sessionLoaded = true;
  const dayStart = Math.floor(symbol.backfill.endTime / DAY_MS) * DAY_MS;
  // Only today's part of the past, and the last trade before it for the previous close.
  const past = generateBackfill(symbol.backfill, dayStart, 1);
  for (let i = 0; i < past.count; i++) {
    if (past.start[i] < dayStart) {
      symbol.prevCloseTicks = past.close[i];
      continue;
    }
    if (symbol.sessionDay < 0) {
      symbol.sessionDay = dayStart / DAY_MS;
      symbol.openTicks = past.open[i];
      symbol.highTicks = past.high[i];
      symbol.lowTicks = past.low[i];
    }
    symbol.highTicks = Math.max(symbol.highTicks, past.high[i]);
    symbol.lowTicks = Math.min(symbol.lowTicks, past.low[i]);
    symbol.volumeLots += past.volume[i];
  }
  if (past.count > 0) symbol.lastTicks = past.close[past.count - 1];
  if (symbol.prevCloseTicks === 0) symbol.prevCloseTicks = symbol.lastTicks;
}

/**
 * A symbol's quote before its first live trade: the last price of its past (bid and ask at that
 * price, no trade size, `seq` 0) with today's session so far. Loading the session early changes
 * nothing that follows: it reads only the symbol's own past, never the shared random stream.
 */
export function referenceTick(symbol: SymbolRuntime): Tick {
  loadSession(symbol);
  const prices = symbol.prices;
  const last = prices.toValue(symbol.lastTicks);
  const traded = symbol.sessionDay >= 0;
  return {
    symbol: symbol.symbol,
    seq: 0,
    ts: Math.floor(symbol.backfill.endTime),
    bid: last,
    ask: last,
    last,
    lastSize: 0,
    volume: symbol.lots.toValue(symbol.volumeLots),
    open: traded ? prices.toValue(symbol.openTicks) : last,
    high: traded ? prices.toValue(symbol.highTicks) : last,
    low: traded ? prices.toValue(symbol.lowTicks) : last,
    prevClose: prices.toValue(symbol.prevCloseTicks),
  };
}
