import { type RawData } from 'ws';

/** Frames waiting behind a request, beyond which a frame is refused (the rate limit comes first). */
const MAX_QUEUED_FRAMES = 256;

/** Handles one frame; returns a promise when the request waits (for the feed, a token check). */
export type FrameHandler = (data: RawData, isBinary: boolean, now: number) => Promise<void> | void;

interface QueuedFrame {
  data: RawData;
  isBinary: boolean;
}

/**
 * A connection's frames, handled in arrival order: while one request waits, later frames queue
 * behind it, so replies keep the order of the requests.
 */
export class OrderedFrames {
  private busy = false;
  private queued: QueuedFrame[] = [];

  constructor(
    private readonly handle: FrameHandler,
    private readonly closed: () => boolean,
  ) {}

  /** Handles the frame now or queues it; false when the queue is full (the frame is dropped). */
  offer(data: RawData, isBinary: boolean, now: number): boolean {
    if (!this.busy) {
      this.run(data, isBinary, now);
      return true;
    }
    if (this.queued.length >= MAX_QUEUED_FRAMES) return false;
    this.queued.push({ data, isBinary });
    return true;
  }

  private run(data: RawData, isBinary: boolean, now: number): void {
    const pending = this.handle(data, isBinary, now);
    if (!pending) return;
    this.busy = true;
    void pending.finally(this.resume);
  }

  private readonly resume = (): void => {
    this.busy = false;
    while (!this.busy && this.queued.length > 0 && !this.closed()) {
      const next = this.queued.shift() as QueuedFrame;
      this.run(next.data, next.isBinary, Date.now());
    }
  };
}
