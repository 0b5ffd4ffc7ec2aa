import { type FanoutSession } from './fanout-session';
import { type Subscription } from './subscription';

/**
 * The aligned subscriptions of one connection that share a stream and a throttle. The group, not
 * each member, is throttled: its members that changed leave together in one frame at most once
 * per `throttleMs`, so a watchlist costs one socket write per period instead of one per phase.
 */
export class AlignedGroup {
  readonly members = new Set<Subscription>();
  /** When the group last sent a frame, in ms since the engine's origin. */
  lastSentAt: number;
  scheduledSlot = 0;
  active = true;

  constructor(
    readonly session: FanoutSession,
    readonly stream: number,
    readonly throttleMs: number,
    now: number,
  ) {
    this.lastSentAt = now;
  }

  get key(): string {
    return alignedGroupKey(this.stream, this.throttleMs);
  }
}

export function alignedGroupKey(stream: number, throttleMs: number): string {
  return `${stream}:${throttleMs}`;
}
