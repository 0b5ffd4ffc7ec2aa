import { type Subscription } from './subscription';

/**
 * Throttled subscriptions waiting for their next allowed send, bucketed by flush slot, so that a
 * flush looks only at what is due instead of scanning every subscription.
 */
export class DueWheel {
  private readonly slots = new Map<number, Subscription[]>();
  private processedSlot: number;

  constructor(
    private readonly slotMs: number,
    now: number,
  ) {
    this.processedSlot = Math.floor(now / slotMs);
  }

  /** Schedules at the first slot not earlier than `dueAt`; keeps an earlier schedule. */
  schedule(subscription: Subscription, dueAt: number): void {
    const slot = Math.max(Math.ceil(dueAt / this.slotMs), this.processedSlot + 1);
    if (subscription.scheduledSlot !== 0 && subscription.scheduledSlot <= slot) return;
    subscription.scheduledSlot = slot;
    const bucket = this.slots.get(slot);
    if (bucket) bucket.push(subscription);
    else this.slots.set(slot, [subscription]);
  }

  /** Hands every subscription whose slot time has come to `visit`, once. */
  drainDue(now: number, visit: (subscription: Subscription) => void): void {
    const lastSlot = Math.floor(now / this.slotMs);
    if (this.slots.size === 0) {
      this.processedSlot = lastSlot;
      return;
    }
    for (let slot = this.processedSlot + 1; slot <= lastSlot; slot++) {
      const bucket = this.slots.get(slot);
      if (!bucket) continue;
      this.slots.delete(slot);
      for (const subscription of bucket) {
        if (subscription.scheduledSlot !== slot) continue;
        subscription.scheduledSlot = 0;
        if (subscription.active) visit(subscription);
      }
    }
    this.processedSlot = lastSlot;
  }

  get size(): number {
    return this.slots.size;
  }
}
