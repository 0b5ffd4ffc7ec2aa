/** What the wheel can hold: a subscription, or an aligned group of them. */
export interface Schedulable {
  /** Flush slot this item waits for; 0 when not scheduled. */
  scheduledSlot: number;
  active: boolean;
}

/**
 * Throttled items waiting for their next allowed send, bucketed by flush slot, so that a flush
 * looks only at what is due instead of scanning every subscription.
 */
export class DueWheel<T extends Schedulable> {
  private readonly slots = new Map<number, T[]>();
  private processedSlot: number;

  constructor(
    private readonly slotMs: number,
    now: number,
  ) {
    this.processedSlot = Math.floor(now / slotMs);
  }

  /** Schedules at the first slot not earlier than `dueAt`; keeps an earlier schedule. */
  schedule(item: T, dueAt: number): void {
    const slot = Math.max(Math.ceil(dueAt / this.slotMs), this.processedSlot + 1);
    if (item.scheduledSlot !== 0 && item.scheduledSlot <= slot) return;
    item.scheduledSlot = slot;
    const bucket = this.slots.get(slot);
    if (bucket) bucket.push(item);
    else this.slots.set(slot, [item]);
  }

  /** Hands every item whose slot time has come to `visit`, once. */
  drainDue(now: number, visit: (item: T) => void): void {
    const lastSlot = Math.floor(now / this.slotMs);
    if (this.slots.size === 0) {
      this.processedSlot = lastSlot;
      return;
    }
    for (let slot = this.processedSlot + 1; slot <= lastSlot; slot++) {
      const bucket = this.slots.get(slot);
      if (!bucket) continue;
      this.slots.delete(slot);
      for (const item of bucket) {
        if (item.scheduledSlot !== slot) continue;
        item.scheduledSlot = 0;
        if (item.active) visit(item);
      }
    }
    this.processedSlot = lastSlot;
  }

  get size(): number {
    return this.slots.size;
  }
}
