import { type FanoutSession } from './fanout-session';
import { type Subscription } from './subscription';

/**
 * The aligned subscriptions of one connection that share a stream and a throttle. The group, not
 * each member, is throttled: its members that changed leave together in one frame at most once
 * per `throttleMs`, so a watchlist costs one socket write per period instead of one per phase.
 */
export class AlignedGroup {
  /** An array rather than a Set: the group scans it on every send, and a Set iterates slower. */
  readonly members: Subscription[] = [];
  /** When the group last sent a frame, in ms since the engine's origin. */
  lastSentAt: number;
  scheduledSlot = 0;
  /** Idle: waiting in the wake index for a member to change (see `GroupWakeIndex`). */
  parked = false;
  active = true;

  constructor(
    readonly session: FanoutSession,
    readonly stream: number,
    readonly throttleMs: number,
    now: number,
  ) {
    this.lastSentAt = now;
  }

  /** The engine adds a subscription once, when it joins. */
  add(member: Subscription): void {
    this.members.push(member);
  }

  remove(member: Subscription): void {
    const index = this.members.indexOf(member);
    if (index >= 0) this.members.splice(index, 1);
  }

  get key(): string {
    return alignedGroupKey(this.stream, this.throttleMs);
  }
}

export function alignedGroupKey(stream: number, throttleMs: number): string {
  return `${stream}:${throttleMs}`;
}
