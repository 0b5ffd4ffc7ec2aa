import { type ClosedBar } from '../market/closed-bar';
import { STREAMS } from '../market/streams';
import { type SymbolState } from '../market/symbol-state';
import { type Subscription } from './subscription';

/** How many closed bars a followed symbol keeps per interval, so that slow subscribers get each. */
export const CLOSED_BARS_KEPT = 16;

/**
 * The fan-out's side of one symbol while anything subscribes to it: the subscriptions visited
 * when it changes, and the bars that closed lately (a subscriber throttled for longer than a bar
 * lasts must still receive every closed bar, not only the forming one).
 */
export class SymbolFanout {
  /** Per stream, subscriptions throttled alone; aligned ones are reached through their group. */
  readonly subscribers: Set<Subscription>[] = STREAMS.map(() => new Set<Subscription>());
  /** Per stream (always empty for quotes), most recent last. */
  readonly closed: ClosedBar[][] = STREAMS.map(() => []);
  /** Subscriptions of every kind and stream on this symbol. */
  holders = 0;

  constructor(readonly state: SymbolState) {}

  keepClosed(stream: number, closed: ClosedBar): void {
    const kept = this.closed[stream];
    kept.push(closed);
    if (kept.length > CLOSED_BARS_KEPT) kept.shift();
  }
}
