import { type Observable, Subject } from 'rxjs';
import { BarSeries } from './bar-series';
import { MAX_BARS, generateBackfill } from './backfill';
import { findInstrument, INSTRUMENTS } from './catalog/catalog';
import { type Clock, WallClock } from './clock';
import { UnknownSymbolError } from './errors';
import {
  HISTORY_INTERVALS,
  HISTORY_INTERVAL_SECONDS,
  aggregateSegments,
  joinHistory,
} from './history';
import { type ModelOptions } from './model-options';
import {
  type MarketState,
  type SymbolRuntime,
  createMarketState,
  referenceTick,
} from './market-state';
import {
  type FlashCrashOptions,
  type VolatilitySpikeOptions,
  startFlashCrash,
  startStall,
  startVolatilitySpike,
} from './scenarios';
import { skipMarket, stepMarket } from './step-market';
import {
  type FeedStatusEvent,
  type HistoryBar,
  type HistoryInterval,
  type Instrument,
  type Tick,
} from './types';

export interface SimulatorOptions {
  seed: number;
  /** Symbols to simulate (default: the whole catalog). Unknown symbols throw. */
  symbols?: readonly string[];
  /** Total tick rate over all simulated symbols; default 2000. */
  ticksPerSecond?: number;
  /** Ticks per second for particular symbols; the others share the rest of the total. */
  symbolRates?: Readonly<Record<string, number>>;
  clock?: Clock;
  /** Period of the wall-clock pump started by `start()`; default 5 ms. */
  pumpIntervalMs?: number;
  model?: Partial<ModelOptions>;
}

/** A wall-clock feed restarted after longer than this skips the gap instead of replaying it. */
const MAX_CATCH_UP_MS = 1000;

/**
 * The simulated market as RxJS streams, on top of the pure `stepMarket` function. Ticks are
 * generated up to the clock's now by `advanceTo` (called by the pump after `start()`, or by
 * tests driving a virtual clock).
 */
export class MarketSimulator {
  readonly instruments: readonly Instrument[];
  readonly ticks$: Observable<Tick>;
  readonly status$: Observable<FeedStatusEvent>;

  private readonly clock: Clock;
  private readonly pumpIntervalMs: number;
  private readonly state: MarketState;
  private readonly symbolSet: ReadonlySet<string>;
  private readonly tickSubject = new Subject<Tick>();
  private readonly statusSubject = new Subject<FeedStatusEvent>();
  private readonly perSymbol = new Map<string, Subject<Tick>>();
  /** Live bars per symbol index, one series per entry of HISTORY_INTERVALS. */
  private readonly bars: BarSeries[][];
  private pump: ReturnType<typeof setInterval> | undefined;
  private stepping = false;
  /** Time of the latest tick emitted: scenarios started by a tick subscriber start there. */
  private lastTickTime = -Infinity;
  private collected: Tick[] = [];

  constructor(options: SimulatorOptions) {
    this.clock = options.clock ?? new WallClock();
    this.pumpIntervalMs = options.pumpIntervalMs ?? 5;
    this.instruments = Object.freeze(
      options.symbols === undefined
        ? [...INSTRUMENTS]
        : [...new Set(options.symbols)].map((symbol) => {
            const instrument = findInstrument(symbol);
            if (instrument === undefined) throw new UnknownSymbolError(symbol);
            return instrument;
          }),
    );
    this.symbolSet = new Set(this.instruments.map((i) => i.symbol));
    this.state = createMarketState({
      seed: options.seed,
      instruments: this.instruments,
      ticksPerSecond: options.ticksPerSecond,
      symbolRates: options.symbolRates,
      startTime: this.clock.now(),
      model: options.model,
    });
    this.bars = this.instruments.map(() =>
      HISTORY_INTERVALS.map(
        (interval) => new BarSeries(HISTORY_INTERVAL_SECONDS[interval], MAX_BARS),
      ),
    );
    this.ticks$ = this.tickSubject.asObservable();
    this.status$ = this.statusSubject.asObservable();
  }

  /** The simulator's clock: the time scenarios start at and end by. */
  now(): number {
    return this.clock.now();
  }

  get running(): boolean {
    return this.pump !== undefined;
  }

  /** Ticks of one symbol only. */
  ticksFor(symbol: string): Observable<Tick> {
    this.runtime(symbol);
    let subject = this.perSymbol.get(symbol);
    if (subject === undefined) {
      subject = new Subject<Tick>();
      this.perSymbol.set(symbol, subject);
    }
    return subject.asObservable();
  }

  start(): void {
    if (this.pump !== undefined) return;
    const now = this.clock.now();
    if (now - this.state.time > MAX_CATCH_UP_MS) {
      skipMarket(this.state, now - this.pumpIntervalMs, this.publishStatus);
    }
    this.pump = setInterval(() => this.advanceTo(this.clock.now()), this.pumpIntervalMs);
  }

  stop(): void {
    if (this.pump === undefined) return;
    clearInterval(this.pump);
    this.pump = undefined;
  }

  /** Generates and emits every tick due up to `timeMs`; returns them in order. */
  advanceTo(timeMs: number): Tick[] {
    if (this.stepping || !(timeMs > this.state.time)) return [];
    this.stepping = true;
    const collected: Tick[] = [];
    this.collected = collected;
    try {
      stepMarket(this.state, timeMs, this.publishTick, this.publishStatus);
    } finally {
      this.stepping = false;
      this.collected = [];
    }
    return collected;
  }

  /**
   * The symbol's latest tick; before its first live trade a reference quote at the last price of
   * its past (`seq` 0): the simulator always knows a price, so no snapshot has an empty row.
   */
  snapshot(symbol: string): Tick {
    const runtime = this.runtime(symbol);
    return runtime.latest ?? referenceTick(runtime);
  }

  isHalted(symbol: string): boolean {
    return this.runtime(symbol).halted;
  }

  /**
   * Bars oldest first, the last one forming at the clock's now: the synthetic past joined with
   * the bars live ticks have built since the start (at most 1000 per symbol and interval).
   */
  history(symbol: string, interval: HistoryInterval, limit: number): HistoryBar[] {
    const runtime = this.runtime(symbol);
    const seconds = HISTORY_INTERVAL_SECONDS[interval];
    if (seconds === undefined) throw new RangeError(`unknown history interval "${interval}"`);
    const count = Math.min(MAX_BARS, Math.floor(limit));
    if (!(count > 0)) return [];
    this.advanceTo(this.clock.now());
    const series = this.bars[runtime.index][HISTORY_INTERVALS.indexOf(interval)];
    const live = series.latest(count);
    // The past is needed while the served range reaches back to the first live bar, which
    // also holds the past's share of the bar that was forming at the start.
    const needsPast = !series.evicted && live.length === series.length;
    // The past is generated backwards and only as far as the requested bars reach.
    const from = (Math.floor(runtime.backfill.endTime / 1000 / seconds) - count) * seconds * 1000;
    const past = needsPast
      ? aggregateSegments(generateBackfill(runtime.backfill, from), seconds)
      : [];
    const prices = runtime.prices;
    return joinHistory(past, live, count).map((bar) => ({
      symbol,
      time: bar.time,
      open: prices.toValue(bar.open),
      high: prices.toValue(bar.high),
      low: prices.toValue(bar.low),
      close: prices.toValue(bar.close),
      volume: runtime.lots.toValue(bar.volume),
    }));
  }

  flashCrash(options: FlashCrashOptions): void {
    startFlashCrash(this.state.scenarios, this.symbolSet, options, this.catchUp());
  }

  volatilitySpike(options: VolatilitySpikeOptions): void {
    startVolatilitySpike(this.state.scenarios, this.symbolSet, options, this.catchUp());
  }

  stall(durationMs: number): void {
    startStall(this.state.scenarios, durationMs, this.catchUp(), this.publishStatus);
  }

  halt(symbol: string): void {
    const runtime = this.runtime(symbol);
    const now = this.catchUp();
    if (runtime.halted) return;
    runtime.halted = true;
    this.publishStatus({ kind: 'halted', symbol, ts: now });
  }

  resume(symbol: string): void {
    const runtime = this.runtime(symbol);
    const now = this.catchUp();
    if (!runtime.halted) return;
    runtime.halted = false;
    this.publishStatus({ kind: 'resumed', symbol, ts: now });
  }

  /**
   * Emits what is due before a scenario starts, so it starts at the clock's now; called from a
   * tick subscriber (mid-step), it starts at that tick's time instead.
   */
  private catchUp(): number {
    if (this.stepping) return Math.max(this.state.time, this.lastTickTime);
    this.advanceTo(this.clock.now());
    return this.state.time;
  }

  private runtime(symbol: string): SymbolRuntime {
    const runtime = this.state.bySymbol.get(symbol);
    if (runtime === undefined) throw new UnknownSymbolError(symbol);
    return runtime;
  }

  private readonly publishTick = (tick: Tick, symbol: SymbolRuntime): void => {
    const series = this.bars[symbol.index];
    for (let i = 0; i < series.length; i++) {
      series[i].record(tick.ts, symbol.lastTicks, symbol.lastLots);
    }
    this.lastTickTime = tick.ts;
    this.collected.push(tick);
    this.tickSubject.next(tick);
    this.perSymbol.get(tick.symbol)?.next(tick);
  };

  private readonly publishStatus = (event: FeedStatusEvent): void => {
    this.statusSubject.next(event);
  };
}
