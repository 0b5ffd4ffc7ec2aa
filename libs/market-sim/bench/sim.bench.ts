// `npm run bench:sim`: ticks generated per second on one core, by the pure step function and
// through the RxJS stream (which also builds live bars). Not a test: it prints figures only.
// Shared machines are noisy, so each figure is the best and the median of several windows, in
// ticks per CPU-second of this (single-threaded) process.
import { INSTRUMENTS, MarketSimulator, VirtualClock, createMarketState, stepMarket } from '../src';
import { type Tick } from '@tickwire/protocol';

const SEED = 20261125;
// The whole catalog: a larger market spreads the same rate over more symbols.
const SYMBOLS = INSTRUMENTS;
const TOTAL_RATE = 1_000_000;
const WINDOWS = 6;
const WINDOW_MS = 500;
const START = Date.UTC(2026, 0, 5, 14, 30);
/** Virtual time per call, as the wall-clock pump's default interval. */
const STEP_MS = 5;

/**
 * Runs `advance` (STEP_MS of virtual time per call) for WINDOW_MS of wall time, per window.
 * Rates are per second of this process's CPU time, so that other load on a shared machine
 * (which steals wall time, not CPU time) distorts them less.
 */
function measure(advance: () => number): number[] {
  const rates: number[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    let ticks = 0;
    const began = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    while (Number(process.hrtime.bigint() - began) / 1e6 < WINDOW_MS) ticks += advance();
    const cpu = process.cpuUsage(cpuBefore);
    rates.push(ticks / ((cpu.user + cpu.system) / 1e6));
  }
  return rates;
}

function pureStep(): number[] {
  const state = createMarketState({
    seed: SEED,
    instruments: SYMBOLS,
    ticksPerSecond: TOTAL_RATE,
    startTime: START,
  });
  let checksum = 0;
  const emit = (tick: Tick) => {
    checksum += tick.last;
  };
  // Warm-up: loads every symbol's session from its past and lets the JIT settle.
  stepMarket(state, START + 1_000, emit);
  let virtual = START + 1_000;
  const rates = measure(() => stepMarket(state, (virtual += STEP_MS), emit));
  if (Number.isNaN(checksum)) throw new Error('unreachable: keeps the emitted ticks alive');
  return rates;
}

function throughStream(): number[] {
  const clock = new VirtualClock(START);
  const simulator = new MarketSimulator({
    seed: SEED,
    symbols: SYMBOLS.map((i) => i.symbol),
    ticksPerSecond: TOTAL_RATE,
    clock,
  });
  let received = 0;
  simulator.ticks$.subscribe(() => received++);
  simulator.advanceTo(clock.advance(1_000));
  return measure(() => {
    const before = received;
    simulator.advanceTo(clock.advance(STEP_MS));
    return received - before;
  });
}

function summary(rates: number[]): string {
  const sorted = [...rates].sort((a, b) => a - b);
  const format = (rate: number) => Math.round(rate).toLocaleString('en-US').padStart(11);
  return `best ${format(sorted[sorted.length - 1])}   median ${format(sorted[sorted.length >> 1])}`;
}

console.log(
  `market-sim: ${SYMBOLS.length} symbols at ${TOTAL_RATE.toLocaleString('en-US')} ticks/s of virtual time, ` +
    `${WINDOWS} windows of ${WINDOW_MS} ms; ticks per CPU-second, one core`,
);
console.log(`  pure step (stepMarket):   ${summary(pureStep())}   (goal >= 1,000,000)`);
console.log(`  through ticks$, with bars: ${summary(throughStream())}`);
