import { type ClosedBar } from './closed-bar';
import { type SymbolState } from './symbol-state';

/** Who hears about changes to the market state: the fan-out, which decides who is told. */
export interface MarketListener {
  /** Some stream of `state` has a new version (a tick, a status change, a reset). */
  changed(state: SymbolState): void;
  /** A bar of `stream` closed; a subscriber behind `finalVersion` has not seen its last state. */
  barClosed(state: SymbolState, stream: number, closed: ClosedBar): void;
}

/** Until the fan-out starts listening, changes reach nobody. */
export const NO_LISTENER: MarketListener = {
  changed: () => undefined,
  barClosed: () => undefined,
};
