/** Source of the current time in epoch milliseconds; injected so tests can replay time. */
export interface Clock {
  now(): number;
}

export class WallClock implements Clock {
  now(): number {
    return Date.now();
  }
}

/** Monday 5 January 2026, 14:30 UTC: a fixed, ordinary trading moment. */
export const DEFAULT_VIRTUAL_START = Date.UTC(2026, 0, 5, 14, 30);

/** A clock that only moves when told to; time never goes backwards. */
export class VirtualClock implements Clock {
  private time: number;

  constructor(startMs: number = DEFAULT_VIRTUAL_START) {
    this.time = startMs;
  }

  now(): number {
    return this.time;
  }

  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`VirtualClock.advance needs ms >= 0, got ${ms}`);
    this.time += ms;
    return this.time;
  }

  set(ms: number): number {
    if (!(ms >= this.time)) {
      throw new RangeError(`VirtualClock.set cannot go back in time (${ms} < ${this.time})`);
    }
    this.time = ms;
    return this.time;
  }
}
