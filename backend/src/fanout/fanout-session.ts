import { STREAMS } from '../market/streams';
import { type AlignedGroup } from './aligned-group';
import { type FrameSink } from './frame-sink';
import { type Subscription } from './subscription';
import { WireTally } from './wire-tally';

const TEXT_FRAME = { binary: false } as const;
const BINARY_FRAME = { binary: true } as const;

/**
 * The fan-out's state for one connection, and the only writer to its socket (updates and
 * replies). Its memory is O(subscriptions): the subscriptions themselves, plus per-flush scratch
 * lists of fragments that are emptied by every flush.
 */
export class FanoutSession {
  readonly subscriptions = new Map<string, Subscription>();
  /** Aligned groups by stream and throttle; created only for clients that ask for `align`. */
  groups: Map<string, AlignedGroup> | null = null;
  /**
   * Fragments due in the current flush, per stream, in the session's encoding (strings of JSON, or
   * MessagePack bytes when `binary`); emptied when the flush writes the frames.
   */
  readonly outbox: (string | Uint8Array)[][] = STREAMS.map(() => []);
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
    private readonly tally: WireTally = new WireTally(),
    /** Negotiated `tickwire.v1.msgpack`: every frame is MessagePack, sent as a binary frame. */
    readonly binary = false,
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
   * Writes a frame: a string as a text frame (`ascii` spares the UTF-8 encoder when the caller
   * knows it is ASCII), bytes as a binary frame. A string is handed over as bytes: what a stalled
   * peer leaves queued in the socket (up to the high watermark) then sits outside the V8 heap,
   * where it does not raise the old generation's limit and so costs its own size in RSS, not about
   * twice that (defect 7 of issue 15, docs/benchmarks.md "Slow consumers and memory"). Node would
   * copy a string into bytes when writing it anyway, so this costs no extra copy.
   */
  write(frame: string | Uint8Array, now: number, ascii = false): void {
    if (this.closed) return;
    const text = typeof frame === 'string';
    const data = text ? Buffer.from(frame, ascii ? 'latin1' : 'utf8') : frame;
    const bytes = data.length;
    this.tally.add(bytes);
    this.unflushedBytes += bytes;
    this.lastWriteAt = now;
    this.sink.send(data, text ? TEXT_FRAME : BINARY_FRAME, () => {
      this.unflushedBytes -= bytes;
    });
  }
}
