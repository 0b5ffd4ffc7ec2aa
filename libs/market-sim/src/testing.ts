import { VirtualClock } from './clock';
import { MarketSimulator, type SimulatorOptions } from './market-simulator';

export interface VirtualSimulator {
  simulator: MarketSimulator;
  clock: VirtualClock;
  /** Advances the virtual clock by `ms` and returns the ticks generated meanwhile. */
  advance(ms: number): ReturnType<MarketSimulator['advanceTo']>;
}

/** A simulator on a virtual clock, for deterministic tests in any project. */
export function createVirtualSimulator(
  seed: number,
  symbols?: readonly string[],
  options: Omit<SimulatorOptions, 'seed' | 'symbols' | 'clock'> = {},
): VirtualSimulator {
  const clock = new VirtualClock();
  const simulator = new MarketSimulator({ ...options, seed, symbols, clock });
  return {
    simulator,
    clock,
    advance: (ms) => simulator.advanceTo(clock.advance(ms)),
  };
}
