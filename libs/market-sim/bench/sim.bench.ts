// `npm run bench:sim`: ticks generated per second on one core, by the pure step function and
// through the RxJS stream (with live bar building). Not a test: it prints figures only.
import { INSTRUMENTS, MarketSimulator, VirtualClock, createMarketState, stepMarket } from '../src';

const SEED = 20261125;
const RUN_MS = 2_000;

function pureStepRate(): number {
  const start = Date.UTC(2026, 0, 5, 14, 30);
  const state = createMarketState({
    seed: SEED,
    instruments: INSTRUMENTS.slice(0, 500),
    ticksPerSecond: 1_000_000,
    startTime: start,
  });
  let count = 0;
  let checksum = 0;
  const emit = (tick: { last: number }) => {
    count++;
    checksum += tick.last;
  };
  // Warm-up: loads every symbol's session and lets the JIT settle.
  stepMarket(state, start + 1_000, emit);
  count = 0;
  let virtual = start + 1_000;
  const began = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < RUN_MS) {
    virtual += 100;
    stepMarket(state, virtual, emit);
    elapsed = Number(process.hrtime.bigint() - began) / 1e6;
  }
  if (Number.isNaN(checksum)) throw new Error('unreachable: keeps the checksum alive');
  return (count / elapsed) * 1000;
}

function streamRate(): number {
  const clock = new VirtualClock();
  const simulator = new MarketSimulator({
    seed: SEED,
    symbols: INSTRUMENTS.slice(0, 500).map((i) => i.symbol),
    ticksPerSecond: 1_000_000,
    clock,
  });
  let count = 0;
  simulator.ticks$.subscribe(() => count++);
  simulator.advanceTo(clock.advance(1_000));
  count = 0;
  const began = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < RUN_MS) {
    simulator.advanceTo(clock.advance(100));
    elapsed = Number(process.hrtime.bigint() - began) / 1e6;
  }
  return (count / elapsed) * 1000;
}

function format(rate: number): string {
  return Math.round(rate).toLocaleString('en-US');
}

const pure = pureStepRate();
const stream = streamRate();
console.log(`market-sim, 500 symbols, one core, ${RUN_MS} ms each:`);
console.log(`  pure step (stepMarket):   ${format(pure)} ticks/s (goal >= 1,000,000)`);
console.log(`  through ticks$ with bars: ${format(stream)} ticks/s`);
