import { type ClosedBar } from '../market/closed-bar';
import { type MarketListener } from '../market/market-listener';
import { STREAMS } from '../market/streams';
import { type SymbolState } from '../market/symbol-state';
import { AlignedGroup, alignedGroupKey } from './aligned-group';
import { DueWheel } from './due-wheel';
import { type FanoutSession } from './fanout-session';
import { frameHeads, joinPackedFrame, packedFrameHeads } from './frame-heads';
import { GroupWakeIndex } from './group-wake-index';
import { Subscription, sharedSubscriptionKey, subscriptionKey } from './subscription';
import { SymbolFanout } from './symbol-fanout';

/**
 * How much sooner than `throttleMs` after its last send an update may leave: flushes run just after
 * slot boundaries, and a due time a millisecond past a boundary would otherwise wait a whole slot
 * (110 ms periods for a 100 ms throttle). Inside the protocol's bound of `throttleMs - 5`.
 */
const SEND_EARLY_MS = 4;

export interface FanoutOptions {
  flushIntervalMs: number;
  highWatermarkBytes: number;
  lowWatermarkBytes: number;
  slowConsumerGraceMs: number;
}

/** What the engine reports; the gateway turns it into metrics and closes. */
export interface FanoutListener {
  /** Update frames written in one flush, and the quotes and bars they carried. */
  framesSent(frames: number, updates: number): void;
  /** States folded into a later one instead of being sent (ticks conflated per subscription). */
  conflated(count: number): void;
  slowConsumer(session: FanoutSession): void;
}

/** The market's count of who holds each symbol (the feed delivers only held symbols). */
export interface SymbolDemand {
  hold(state: SymbolState): void;
  drop(state: SymbolState): void;
}

/**
 * Throttle, conflation and batching. The market tells the engine what changed (it is the market's
 * listener); one flush every `flushIntervalMs` then sends it:
 * - followed symbols that changed since the last flush are visited through their subscriber sets, and
 *   throttled subscriptions through the due wheel, so idle subscriptions cost nothing;
 * - a subscription sends at most once per `throttleMs`, always the latest state (intermediate
 *   ticks are folded into the symbol's state, never queued);
 * - everything due for one connection and stream leaves in one frame built from fragments that
 *   each symbol encoded once;
 * - aligned subscriptions are throttled as a group per (connection, stream, throttle): every
 *   member that changed leaves in the group's frame, at most once per `throttleMs`. They are not
 *   in their symbols' subscriber sets: a busy group waits in its own due wheel, an idle one in the
 *   wake index, so a changed symbol costs nothing per member of a busy group.
 */
export class FanoutEngine implements MarketListener {
  /** By `SymbolState.index`: the symbols something subscribes to. */
  private readonly followed: (SymbolFanout | undefined)[] = [];
  /** Followed symbols that changed since the last flush. */
  private readonly dirty = new Set<SymbolFanout>();
  private readonly wheel: DueWheel<Subscription>;
  private readonly groupWheel: DueWheel<AlignedGroup>;
  private readonly idleGroups = new GroupWakeIndex();
  private readonly touched: FanoutSession[] = [];
  private readonly blocked = new Set<FanoutSession>();
  /**
   * Subscriptions, groups and the wheels count time in ms since `origin`: small integers are
   * stored inside each object, while epoch ms (beyond 2^30) need a 16-byte heap box per field.
   * The origin sits on a flush slot boundary so that slots stay aligned with the epoch clock.
   */
  private readonly origin: number;
  /** Ms since `origin`. */
  private now = 0;
  private conflatedCount = 0;
  private subscriptionTotal = 0;

  constructor(
    private readonly demand: SymbolDemand,
    private readonly options: FanoutOptions,
    private readonly listener: FanoutListener,
    now: number,
  ) {
    this.origin = now - (now % options.flushIntervalMs);
    this.now = now - this.origin;
    this.wheel = new DueWheel(options.flushIntervalMs, this.now);
    this.groupWheel = new DueWheel(options.flushIntervalMs, this.now);
  }

  changed(state: SymbolState): void {
    const followed = this.followed[state.index];
    if (followed !== undefined) this.dirty.add(followed);
  }

  barClosed(state: SymbolState, stream: number, closed: ClosedBar): void {
    this.followed[state.index]?.keepClosed(stream, closed);
  }

  /**
   * Adds a subscription, or changes the throttle and alignment of an existing one. The caller has
   * just sent its snapshot, so the subscription starts from the symbol's current version.
   */
  subscribe(
    session: FanoutSession,
    stream: number,
    state: SymbolState,
    throttleMs: number,
    now: number,
    align = false,
  ): Subscription {
    const key = sharedSubscriptionKey(stream, state);
    const sinceOrigin = now - this.origin;
    const groupKey = align ? alignedGroupKey(stream, throttleMs) : null;
    let subscription = session.subscriptions.get(key);
    if (subscription) {
      subscription.throttleMs = throttleMs;
      subscription.sentVersion = state.versions[stream];
      subscription.lastSentAt = sinceOrigin;
      if ((subscription.group?.key ?? null) === groupKey) return subscription;
      this.leaveGroup(subscription);
    } else {
      subscription = new Subscription(session, stream, this.follow(state), throttleMs, sinceOrigin);
      session.subscriptions.set(key, subscription);
      this.subscriptionTotal++;
      subscription.fanout.holders++;
      this.demand.hold(state);
    }
    // Throttled alone, a subscription is visited through its symbol; aligned, through its group.
    if (groupKey) this.joinGroup(subscription, groupKey, sinceOrigin);
    else subscription.fanout.subscribers[stream].add(subscription);
    return subscription;
  }

  unsubscribe(session: FanoutSession, stream: number, symbol: string): boolean {
    const subscription = session.subscriptions.get(subscriptionKey(stream, symbol));
    if (!subscription) return false;
    this.detach(subscription);
    this.leaveGroup(subscription);
    session.subscriptions.delete(subscription.key);
    return true;
  }

  removeSession(session: FanoutSession): void {
    session.closed = true;
    for (const subscription of session.subscriptions.values()) this.detach(subscription);
    session.subscriptions.clear();
    for (const group of session.groups?.values() ?? []) {
      group.active = false;
      this.idleGroups.unpark(group);
    }
    session.groups = null;
    this.blocked.delete(session);
  }

  flush(now: number): void {
    this.now = now - this.origin;
    for (const followed of this.dirty) {
      for (let stream = 0; stream < STREAMS.length; stream++) {
        const subscribers = followed.subscribers[stream];
        if (subscribers.size === 0) continue;
        for (const subscription of subscribers) this.consider(subscription);
      }
      this.idleGroups.wake(followed.state, this.considerGroup);
    }
    this.dirty.clear();
    this.wheel.drainDue(this.now, this.consider);
    this.groupWheel.drainDue(this.now, this.considerGroup);
    this.checkBlocked(now);
    this.writeTouched(now);
  }

  get subscriptionCount(): number {
    return this.subscriptionTotal;
  }

  get blockedCount(): number {
    return this.blocked.size;
  }

  private readonly consider = (subscription: Subscription): void => {
    if (!subscription.changed) return;
    const session = subscription.session;
    if (session.blocked) return; // picked up again when the session drains
    if (subscription.group) return this.considerGroup(subscription.group);
    const dueAt = subscription.lastSentAt + subscription.throttleMs - SEND_EARLY_MS;
    if (dueAt > this.now) {
      this.wheel.schedule(subscription, dueAt);
      return;
    }
    this.emit(subscription);
  };

  /**
   * Called when a member may have changed: the group leaves now if its throttle allows, else when
   * due. After a send it is scheduled at once for its next period, where it sends what changed
   * meanwhile or, if nothing did, parks until a member changes.
   */
  private readonly considerGroup = (group: AlignedGroup): void => {
    if (!group.active || group.session.blocked || group.scheduledSlot !== 0) return;
    this.idleGroups.unpark(group);
    const dueAt = group.lastSentAt + group.throttleMs - SEND_EARLY_MS;
    if (dueAt > this.now) {
      this.groupWheel.schedule(group, dueAt);
      return;
    }
    let sent = false;
    const members = group.members;
    for (let i = 0; i < members.length; i++) {
      const member = members[i];
      if (!member.changed) continue;
      this.emit(member);
      sent = true;
    }
    if (!sent) {
      this.idleGroups.park(group);
      return;
    }
    group.lastSentAt = this.now;
    this.groupWheel.schedule(group, this.now + group.throttleMs - SEND_EARLY_MS);
  };

  private emit(subscription: Subscription): void {
    const session = subscription.session;
    const state = subscription.state;
    const stream = subscription.stream;
    const outbox = session.outbox[stream];
    const binary = session.binary;
    if (stream !== 0) {
      for (const closed of subscription.fanout.closed[stream]) {
        if (closed.finalVersion > subscription.sentVersion) {
          outbox.push(binary ? closed.packed() : closed.fragment());
        }
      }
    }
    outbox.push(binary ? state.packed(stream) : state.fragment(stream));
    this.conflatedCount += state.versions[stream] - subscription.sentVersion - 1;
    subscription.sentVersion = state.versions[stream];
    subscription.lastSentAt = this.now;
    if (!session.touched) {
      session.touched = true;
      this.touched.push(session);
    }
  }

  private writeTouched(now: number): void {
    let frames = 0;
    let updates = 0;
    const heads = frameHeads(now);
    let packedHeads: Uint8Array[] | undefined;
    for (const session of this.touched) {
      session.touched = false;
      for (let stream = 0; stream < STREAMS.length; stream++) {
        const outbox = session.outbox[stream];
        if (outbox.length === 0) continue;
        updates += outbox.length;
        if (session.binary) {
          packedHeads ??= packedFrameHeads(now);
          session.write(joinPackedFrame(packedHeads[stream], outbox as Uint8Array[]), now);
        } else {
          const frame = `${heads[stream]}${outbox.join(',')}]}`;
          // Update frames hold symbols (ASCII by SYMBOL_PATTERN), numbers and keys: ASCII only.
          session.write(frame, now, true);
        }
        outbox.length = 0;
        frames++;
      }
      if (!session.closed && session.pendingBytes > this.options.highWatermarkBytes) {
        session.blocked = true;
        session.blockedSince = now;
        this.blocked.add(session);
      }
    }
    this.touched.length = 0;
    if (frames > 0) this.listener.framesSent(frames, updates);
    if (this.conflatedCount > 0) {
      this.listener.conflated(this.conflatedCount);
      this.conflatedCount = 0;
    }
  }

  private checkBlocked(now: number): void {
    if (this.blocked.size === 0) return;
    for (const session of this.blocked) {
      if (session.closed) {
        this.blocked.delete(session);
      } else if (session.pendingBytes <= this.options.lowWatermarkBytes) {
        this.blocked.delete(session);
        session.blocked = false;
        for (const subscription of session.subscriptions.values()) this.consider(subscription);
        for (const group of session.groups?.values() ?? []) {
          if (group.scheduledSlot === 0) this.idleGroups.park(group);
        }
      } else if (now - session.blockedSince > this.options.slowConsumerGraceMs) {
        this.blocked.delete(session);
        this.listener.slowConsumer(session);
      }
    }
  }

  private joinGroup(subscription: Subscription, key: string, sinceOrigin: number): void {
    const session = subscription.session;
    session.groups ??= new Map();
    subscription.fanout.subscribers[subscription.stream].delete(subscription);
    let group = session.groups.get(key);
    if (!group) {
      group = new AlignedGroup(session, subscription.stream, subscription.throttleMs, sinceOrigin);
      session.groups.set(key, group);
      group.add(subscription);
      subscription.group = group;
      this.idleGroups.park(group);
      return;
    }
    group.add(subscription);
    subscription.group = group;
    this.idleGroups.memberJoined(group, subscription);
  }

  private leaveGroup(subscription: Subscription): void {
    const group = subscription.group;
    if (!group) return;
    subscription.group = null;
    this.idleGroups.memberLeft(group, subscription);
    group.remove(subscription);
    if (group.members.length > 0) return;
    group.active = false;
    group.parked = false;
    group.session.groups?.delete(group.key);
  }

  private follow(state: SymbolState): SymbolFanout {
    let followed = this.followed[state.index];
    if (followed === undefined) {
      followed = new SymbolFanout(state);
      this.followed[state.index] = followed;
    }
    return followed;
  }

  private detach(subscription: Subscription): void {
    if (!subscription.active) return;
    this.subscriptionTotal--;
    subscription.active = false;
    const followed = subscription.fanout;
    followed.subscribers[subscription.stream].delete(subscription);
    this.demand.drop(subscription.state);
    if (--followed.holders > 0) return;
    this.followed[followed.state.index] = undefined;
    this.dirty.delete(followed);
  }
}
