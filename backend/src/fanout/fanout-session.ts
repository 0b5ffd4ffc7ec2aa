import { STREAMS } from '../market/streams';
import { type AlignedGroup } from './aligned-group';
import { type FrameSink } from './frame-sink';
import { type Subscription } from './subscription';

const TEXT_FRAME = { binary: false } as const;

/**
 * The fan-out's state for one connection. Its memory is O(subscriptions): the subscriptions
 * themselves, plus per-flush scratch lists of fragments that are emptied by every flush.
 */
export class FanoutSession {
  readonly subscriptions = new Map<string, Subscription>();
  /** Aligned groups by stream and throttle; created only for clients that ask for `align`. */
  groups: Map<string, AlignedGroup> | null = null;
  /** Fragments due in the current flush, per stream; emptied when the flush writes the frames. */
  readonly outbox: string[][] = STREAMS.map(() => []);
  touched = false;
  /** Above the high watermark: nothing but replies is written until it drains below the low one. */
  blocked = false;
  blockedSince = 0;
  /** Bytes handed to `send` whose callback has not fired yet. */
  unflushedBytes = 0;
  /** When anything was last written, for heartbeats. */
  lastWriteAt: number;
  closed = false;

  constructor(
    readonly id: string,
    private readonly sink: FrameSink,
    now: number,
  ) {
    this.lastWriteAt = now;
  }

  /**
   * What is written but not yet on the wire. Once the kernel buffer is full, `bufferedAmount` and
   * the unacknowledged bytes count the same bytes, so the larger of the two is the honest figure.
   */
  get pendingBytes(): number {
    return Math.max(this.sink.bufferedAmount, this.unflushedBytes);
  }

  /**
   * Writes a frame; `ascii` spares the UTF-8 encoder when the caller knows the frame is ASCII.
   * The frame is handed over as bytes, not as a string: what a stalled peer leaves queued in the
   * socket (up to the high watermark) then sits outside the V8 heap, where it does not raise the
   * old generation's limit and so costs its own size in RSS, not about twice that (defect 7 of
   * issue 15, docs/benchmarks.md "Slow consumers and memory"). Node would copy a string into
   * bytes when writing it anyway, so this costs no extra copy.
   */
  write(frame: string, now: number, ascii = false): number {
    if (this.closed) return 0;
    const data = Buffer.from(frame, ascii ? 'latin1' : 'utf8');
    const bytes = data.length;
    this.unflushedBytes += bytes;
    this.lastWriteAt = now;
    // Bytes, but a text frame: every message of the protocol is JSON text.
    this.sink.send(data, TEXT_FRAME, () => {
      this.unflushedBytes -= bytes;
    });
    return bytes;
  }
}
