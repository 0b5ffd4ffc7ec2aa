import { SimulatorConfigError, UnknownSymbolError } from './errors';
import { type FeedStatusEvent } from '@tickwire/protocol';

export interface FlashCrashOptions {
  /** One symbol, or the whole simulated market when absent. */
  symbol?: string;
  /** How far prices fall, in percent (0 < dropPct < 100). */
  dropPct: number;
  /** Time to fall to the bottom, ms. */
  durationMs: number;
  /** Time to climb back to where the price would have been, ms. */
  recoveryMs: number;
}

export interface VolatilitySpikeOptions {
  /** One symbol, or the whole simulated market when absent. */
  symbol?: string;
  /** Volatility multiple while the spike lasts (> 0). */
  factor: number;
  durationMs: number;
}

interface ActiveCrash {
  symbol: string | undefined;
  start: number;
  durationMs: number;
  recoveryMs: number;
  logDrop: number;
  end: number;
}

interface ActiveSpike {
  symbol: string | undefined;
  factor: number;
  end: number;
}

export interface ScenarioState {
  crashes: ActiveCrash[];
  spikes: ActiveSpike[];
  /** Ticks are dropped while time < stallUntil. */
  stallUntil: number;
  stalled: boolean;
  /** Earliest time at which an active scenario ends. */
  nextExpiry: number;
}

/** Effect of the active scenarios on one symbol at one moment. */
export interface ScenarioEffect {
  logOffset: number;
  volatilityFactor: number;
  spreadFactor: number;
}

export type StatusSink = (event: FeedStatusEvent) => void;

export function createScenarioState(): ScenarioState {
  return { crashes: [], spikes: [], stallUntil: -Infinity, stalled: false, nextExpiry: Infinity };
}

function requireDuration(name: string, value: number): void {
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new SimulatorConfigError(`${name} must be a finite number of ms >= 0, got ${value}`);
  }
}

function requireSymbol(symbols: ReadonlySet<string>, symbol: string | undefined): void {
  if (symbol !== undefined && !symbols.has(symbol)) throw new UnknownSymbolError(symbol);
}

function refreshExpiry(state: ScenarioState): void {
  let next = state.stalled ? state.stallUntil : Infinity;
  for (const crash of state.crashes) next = Math.min(next, crash.end);
  for (const spike of state.spikes) next = Math.min(next, spike.end);
  state.nextExpiry = next;
}

export function startFlashCrash(
  state: ScenarioState,
  symbols: ReadonlySet<string>,
  options: FlashCrashOptions,
  now: number,
): void {
  requireSymbol(symbols, options.symbol);
  if (!(options.dropPct > 0 && options.dropPct < 100)) {
    throw new SimulatorConfigError(`dropPct must be between 0 and 100, got ${options.dropPct}`);
  }
  requireDuration('durationMs', options.durationMs);
  requireDuration('recoveryMs', options.recoveryMs);
  state.crashes.push({
    symbol: options.symbol,
    start: now,
    durationMs: options.durationMs,
    recoveryMs: options.recoveryMs,
    logDrop: Math.log(1 - options.dropPct / 100),
    end: now + options.durationMs + options.recoveryMs,
  });
  refreshExpiry(state);
}

export function startVolatilitySpike(
  state: ScenarioState,
  symbols: ReadonlySet<string>,
  options: VolatilitySpikeOptions,
  now: number,
): void {
  requireSymbol(symbols, options.symbol);
  if (!(options.factor > 0) || !Number.isFinite(options.factor)) {
    throw new SimulatorConfigError(`factor must be a finite number > 0, got ${options.factor}`);
  }
  requireDuration('durationMs', options.durationMs);
  state.spikes.push({
    symbol: options.symbol,
    factor: options.factor,
    end: now + options.durationMs,
  });
  refreshExpiry(state);
}

export function startStall(
  state: ScenarioState,
  durationMs: number,
  now: number,
  onStatus: StatusSink,
): void {
  requireDuration('durationMs', durationMs);
  if (!state.stalled) onStatus({ kind: 'stall-started', ts: now });
  state.stalled = true;
  state.stallUntil = Math.max(state.stallUntil, now + durationMs);
  refreshExpiry(state);
}

/** Ends every scenario whose end time has come (emitting `stall-ended` when a stall ends). */
export function expireScenarios(state: ScenarioState, time: number, onStatus: StatusSink): void {
  state.crashes = state.crashes.filter((crash) => crash.end > time);
  state.spikes = state.spikes.filter((spike) => spike.end > time);
  if (state.stalled && state.stallUntil <= time) {
    state.stalled = false;
    onStatus({ kind: 'stall-ended', ts: state.stallUntil });
  }
  refreshExpiry(state);
}

export function hasActiveEffects(state: ScenarioState): boolean {
  return state.crashes.length > 0 || state.spikes.length > 0;
}

/** Writes the combined effect of active crashes and spikes on `symbol` at `time` into `out`. */
export function scenarioEffect(
  state: ScenarioState,
  symbol: string,
  time: number,
  out: ScenarioEffect,
): void {
  out.logOffset = 0;
  out.volatilityFactor = 1;
  out.spreadFactor = 1;
  for (const crash of state.crashes) {
    if (crash.symbol !== undefined && crash.symbol !== symbol) continue;
    const elapsed = time - crash.start;
    const depth =
      elapsed < crash.durationMs
        ? elapsed / Math.max(1, crash.durationMs)
        : 1 - (elapsed - crash.durationMs) / Math.max(1, crash.recoveryMs);
    const clamped = Math.min(1, Math.max(0, depth));
    out.logOffset += crash.logDrop * clamped;
    // Liquidity vanishes in a crash: quotes widen with its depth.
    out.spreadFactor *= 1 + 4 * clamped;
  }
  for (const spike of state.spikes) {
    if (spike.symbol === undefined || spike.symbol === symbol) out.volatilityFactor *= spike.factor;
  }
}
