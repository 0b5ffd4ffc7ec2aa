import { DAY_MS, TRADE_SIZE_LOG_SD, YEAR_MS } from './model-options';
import { type MarketState, type SymbolRuntime, drawNextArrival, loadSession } from './market-state';
import {
  type ScenarioEffect,
  type StatusSink,
  expireScenarios,
  hasActiveEffects,
  scenarioEffect,
} from './scenarios';
import { type Tick } from '@tickwire/protocol';

export type TickSink = (tick: Tick, symbol: SymbolRuntime) => void;

const ignoreStatus: StatusSink = () => undefined;
// Local copies: some loaders turn imported constants into getter calls, too slow per tick.
const yearMs = YEAR_MS;
const dayMs = DAY_MS;
const tradeSizeLogSd = TRADE_SIZE_LOG_SD;
const effect: ScenarioEffect = { logOffset: 0, volatilityFactor: 1, spreadFactor: 1 };

function advanceBusinessTime(state: MarketState, time: number): void {
  const multiplier = state.regimeMultiplier;
  state.tau += (multiplier * multiplier * (time - state.tauTime)) / yearMs;
  state.tauTime = time;
}

function switchRegime(state: MarketState): void {
  const time = state.nextRegimeSwitch;
  advanceBusinessTime(state, time);
  const calm = state.calmMultiplier;
  state.stressed = !state.stressed;
  state.regimeMultiplier = state.stressed ? calm * state.model.stressRatio : calm;
  const meanMs = state.stressed ? state.model.stressedMeanMs : state.model.calmMeanMs;
  state.nextRegimeSwitch = time + state.random.exponential() * meanMs;
}

/**
 * Moves the latent price of `symbol` to `time` and prints one trade there.
 *
 * Long on purpose: this runs for every tick the feed makes (hundreds of thousands a second in
 * `npm run bench:sim`), and its locals stay in registers only while it is one function. Split it
 * only with a benchmark that shows the split costs nothing.
 */
function generateTick(state: MarketState, symbol: SymbolRuntime, time: number): Tick {
  if (!symbol.sessionLoaded) loadSession(symbol);
  advanceBusinessTime(state, time);
  const random = state.random;
  const model = state.model;
  const tau = state.tau;
  const elapsedTau = tau - symbol.lastTau;
  let shock = symbol.idiosyncraticLoading * Math.sqrt(elapsedTau) * random.normal();
  if (symbol.marketLoading !== 0) {
    if (state.marketFactorTau < tau) {
      state.marketFactor += Math.sqrt(tau - state.marketFactorTau) * random.normal();
      state.marketFactorTau = tau;
    }
    shock += symbol.marketLoading * (state.marketFactor - symbol.lastMarketFactor);
    symbol.lastMarketFactor = state.marketFactor;
  }
  if (symbol.sectorLoading !== 0) {
    const sector = symbol.sectorIndex;
    const factorTau = state.sectorFactorTaus[sector];
    if (factorTau < tau) {
      state.sectorFactors[sector] += Math.sqrt(tau - factorTau) * random.normal();
      state.sectorFactorTaus[sector] = tau;
    }
    shock += symbol.sectorLoading * (state.sectorFactors[sector] - symbol.lastSectorFactor);
    symbol.lastSectorFactor = state.sectorFactors[sector];
  }
  let logOffset = 0;
  let volatilityFactor = 1;
  let spreadFactor = 1;
  if (hasActiveEffects(state.scenarios)) {
    scenarioEffect(state.scenarios, symbol.symbol, time, effect);
    logOffset = effect.logOffset;
    volatilityFactor = effect.volatilityFactor;
    spreadFactor = effect.spreadFactor;
  }
  const elapsedYears = (time - symbol.lastTime) / yearMs;
  const sigma = symbol.volatility * volatilityFactor;
  symbol.logPrice += model.drift * elapsedYears - 0.5 * sigma * sigma * elapsedTau + sigma * shock;
  if (model.jumps && random.uniform() < model.jumpsPerYear * elapsedYears) {
    symbol.logPrice += model.jumpVolMultiple * symbol.volatility * random.normal();
  }

  const mid = Math.exp(symbol.logPrice + logOffset);
  // Quotes widen as volatility rises above its calm level.
  const stress = (state.regimeMultiplier / state.calmMultiplier) * volatilityFactor;
  // Quotes also breathe from tick to tick: +-25 % around the typical spread.
  const jitter = 0.75 + 0.5 * random.uniform();
  const halfSpread =
    mid * symbol.halfSpreadFraction * (1 + 0.75 * (stress - 1)) * spreadFactor * jitter;
  const prices = symbol.prices;
  let bid = prices.floor(mid - halfSpread);
  let ask = prices.ceil(mid + halfSpread);
  if (bid < 1) bid = 1;
  if (ask <= bid) ask = bid + 1;
  const side = random.uniform();
  const last =
    side < 0.45
      ? bid
      : side < 0.9 || ask - bid < 2
        ? ask
        : bid + 1 + Math.floor((side - 0.9) * 10 * (ask - bid - 1));
  const lots = Math.max(
    1,
    Math.round(Math.exp(symbol.logMedianLots + tradeSizeLogSd * random.normal())),
  );

  const bidValue = prices.toValue(bid);
  const askValue = prices.toValue(ask);
  const lastValue = last === bid ? bidValue : last === ask ? askValue : prices.toValue(last);
  // Session statistics change rarely: reuse the previous tick's values when they have not.
  const previous = symbol.latest;
  const day = Math.floor(time / dayMs);
  let open: number;
  let high: number;
  let low: number;
  let prevClose: number;
  if (day !== symbol.sessionDay) {
    symbol.sessionDay = day;
    symbol.prevCloseTicks = symbol.lastTicks;
    symbol.openTicks = last;
    symbol.highTicks = last;
    symbol.lowTicks = last;
    symbol.volumeLots = 0;
    open = high = low = lastValue;
    prevClose = prices.toValue(symbol.prevCloseTicks);
  } else if (previous === undefined) {
    if (last > symbol.highTicks) symbol.highTicks = last;
    if (last < symbol.lowTicks) symbol.lowTicks = last;
    open = prices.toValue(symbol.openTicks);
    high = prices.toValue(symbol.highTicks);
    low = prices.toValue(symbol.lowTicks);
    prevClose = prices.toValue(symbol.prevCloseTicks);
  } else {
    open = previous.open;
    prevClose = previous.prevClose;
    high = previous.high;
    low = previous.low;
    if (last > symbol.highTicks) {
      symbol.highTicks = last;
      high = lastValue;
    }
    if (last < symbol.lowTicks) {
      symbol.lowTicks = last;
      low = lastValue;
    }
  }
  symbol.volumeLots += lots;
  symbol.lastTicks = last;
  symbol.lastLots = lots;
  symbol.lastTime = time;
  symbol.lastTau = tau;
  const tick: Tick = {
    symbol: symbol.symbol,
    seq: ++symbol.seq,
    ts: Math.floor(time),
    bid: bidValue,
    ask: askValue,
    last: lastValue,
    lastSize: symbol.lots.toValue(lots),
    volume: symbol.lots.toValue(symbol.volumeLots),
    open,
    high,
    low,
    prevClose,
  };
  symbol.latest = tick;
  return tick;
}

/**
 * Generates, in time order, every tick due in (state.time, untilMs] and hands each to `emit`;
 * scenario ends are reported to `onStatus` in order with the ticks. Pure with respect to the
 * outside world: the same state and arguments always produce the same calls. Returns the
 * number of ticks emitted.
 */
export function stepMarket(
  state: MarketState,
  untilMs: number,
  emit: TickSink,
  onStatus: StatusSink = ignoreStatus,
): number {
  if (!(untilMs > state.time)) return 0;
  const scenarios = state.scenarios;
  let emitted = 0;
  for (;;) {
    const arrival = state.nextArrival;
    const regimeSwitch = state.nextRegimeSwitch;
    const expiry = scenarios.nextExpiry;
    if (regimeSwitch <= arrival && regimeSwitch <= untilMs && regimeSwitch <= expiry) {
      switchRegime(state);
      continue;
    }
    if (expiry <= arrival && expiry <= untilMs) {
      expireScenarios(scenarios, expiry, onStatus);
      continue;
    }
    if (arrival > untilMs) break;
    const symbol = state.symbols[state.picker.pick(state.random.uniform())];
    state.nextArrival = drawNextArrival(state, arrival);
    if (symbol.halted || arrival < scenarios.stallUntil) continue;
    emit(generateTick(state, symbol, arrival), symbol);
    emitted++;
  }
  state.time = untilMs;
  return emitted;
}

/**
 * Moves the market to `untilMs` without printing: prices keep evolving (each symbol's next tick
 * covers the gap) but no tick is generated for the skipped time. Used when a wall-clock feed
 * starts or restarts long after it was created.
 */
export function skipMarket(
  state: MarketState,
  untilMs: number,
  onStatus: StatusSink = ignoreStatus,
): void {
  if (!(untilMs > state.time)) return;
  const scenarios = state.scenarios;
  while (Math.min(state.nextRegimeSwitch, scenarios.nextExpiry) <= untilMs) {
    if (state.nextRegimeSwitch <= scenarios.nextExpiry) switchRegime(state);
    else expireScenarios(scenarios, scenarios.nextExpiry, onStatus);
  }
  state.nextArrival = drawNextArrival(state, untilMs);
  state.time = untilMs;
}
