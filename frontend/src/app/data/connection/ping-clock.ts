/** Round trip and clock offset from `ping`/`pong` (protocol.md, "pong"). */
export interface PingReading {
  rttMs: number;
  /** Server clock minus local clock. */
  clockOffsetMs: number;
}

/** The pings in flight, by id, and what their pongs tell. */
export class PingClock {
  private readonly sentAt = new Map<string, number>();

  sent(id: string, at: number): void {
    this.sentAt.set(id, at);
  }

  /** The reading of a pong, or null for a pong of no ping of ours. */
  answered(id: string | undefined, serverTime: number, now: number): PingReading | null {
    const sentAt = id === undefined ? undefined : this.sentAt.get(id);
    if (sentAt === undefined || id === undefined) return null;
    this.sentAt.delete(id);
    const rttMs = now - sentAt;
    return { rttMs, clockOffsetMs: serverTime - (sentAt + rttMs / 2) };
  }
}
