import { STREAMS } from '../market/streams';
import { type SymbolState } from '../market/symbol-state';
import { type AlignedGroup } from './aligned-group';
import { type Schedulable } from './due-wheel';
import { type FanoutSession } from './fanout-session';
import { type SymbolFanout } from './symbol-fanout';

/** One (connection, stream, symbol): the unit of throttling and conflation. */
export class Subscription implements Schedulable {
  /** When an update last went out (a snapshot counts), in ms since the engine's origin. */
  lastSentAt: number;
  /** The symbol's version of this stream that the connection has seen. */
  sentVersion: number;
  /** Flush slot this subscription waits for in the due wheel; 0 when not scheduled. */
  scheduledSlot = 0;
  active = true;
  /** The aligned group that throttles this subscription, or null when it is throttled alone. */
  group: AlignedGroup | null = null;
  /** `fanout.state`, one hop shorter: read on every visit of a changed symbol. */
  readonly state: SymbolState;

  constructor(
    readonly session: FanoutSession,
    readonly stream: number,
    readonly fanout: SymbolFanout,
    public throttleMs: number,
    now: number,
  ) {
    this.state = fanout.state;
    this.lastSentAt = now;
    this.sentVersion = this.state.versions[stream];
  }

  get key(): string {
    return sharedSubscriptionKey(this.stream, this.state);
  }

  get changed(): boolean {
    return this.sentVersion !== this.state.versions[this.stream];
  }
}

export function subscriptionKey(stream: number, symbol: string): string {
  return `${stream}:${symbol}`;
}

/** Keys of the catalog's symbols, one string each for all connections instead of one per entry. */
const sharedKeys = new WeakMap<SymbolState, readonly string[]>();

export function sharedSubscriptionKey(stream: number, state: SymbolState): string {
  let keys = sharedKeys.get(state);
  if (!keys) {
    keys = STREAMS.map((_, index) => subscriptionKey(index, state.symbol));
    sharedKeys.set(state, keys);
  }
  return keys[stream];
}
