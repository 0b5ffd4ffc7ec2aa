import WebSocket from 'ws';

/**
 * What the soak adds to S1: connection churn (each churned connection subscribes, waits for its
 * snapshot and closes), bad frames on a share of them, and paused readers that stop reading and
 * are replaced once the gateway closes them as slow consumers.
 */
export interface DisturbanceCounts {
  churned: number;
  badFrames: number;
  pausedOpened: number;
  /** Anything a well-behaved gateway would not do: a failed handshake, no snapshot, no reply. */
  errors: number;
  /** Of those, churned connections without their replies within CHURN_DEADLINE_MS. */
  timeouts: number;
  lastError: string | null;
}

const BAD_FRAMES: (string | Buffer)[] = [
  '{not json',
  '{"op":"launch","id":"x"}',
  '{"op":"subscribe","id":"y","channel":"quotes","symbols":"AAPL"}',
  '{"__proto__":{"op":"ping"},"constructor":{"prototype":{}}}',
  Buffer.from([0xff, 0xfe, 0x00]),
];

/**
 * Long enough for a paused reader at 100 ms over every symbol to fill the socket buffers, cross
 * the high watermark and outlive the slow-consumer grace (10 s) on a loaded machine.
 */
const PAUSED_LIFE_MS = 40_000;
/** Generous: the soak shares a 2-core machine with S1's load; a slow reply is still a reply. */
const CHURN_DEADLINE_MS = 15_000;

export class Disturbances {
  readonly counts: DisturbanceCounts = {
    churned: 0,
    badFrames: 0,
    pausedOpened: 0,
    errors: 0,
    timeouts: 0,
    lastError: null,
  };
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly paused = new Set<WebSocket>();
  private stopped = false;

  constructor(
    private readonly wsUrl: string,
    private readonly headers: () => Record<string, string>,
    private readonly symbols: string[],
  ) {}

  /** `perSecond` churned connections, `pausedReaders` kept open (replaced when closed). */
  start(perSecond: number, pausedReaders: number): void {
    this.timers.add(setInterval(() => this.churnOne(), 1000 / perSecond));
    for (let i = 0; i < pausedReaders; i++) this.openPaused();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const ws of this.paused) ws.terminate();
  }

  private fail(reason: string): void {
    this.counts.errors++;
    this.counts.lastError = reason;
  }

  private churnOne(): void {
    const index = this.counts.churned++;
    const ws = new WebSocket(this.wsUrl, { headers: this.headers() });
    const bad = index % 4 === 0 ? BAD_FRAMES[(index / 4) % BAD_FRAMES.length] : null;
    const symbols = [0, 1, 2, 3, 4].map((k) => this.symbols[(index * 7 + k) % this.symbols.length]);
    let awaited = bad === null ? 1 : 2;
    let done = false;
    const finish = (problem?: string) => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      if (problem) this.fail(problem);
      if (problem?.startsWith('timeout')) this.counts.timeouts++;
      ws.terminate();
    };
    const deadline = setTimeout(
      () => finish(`timeout: no snapshot and reply within ${CHURN_DEADLINE_MS / 1000} s`),
      CHURN_DEADLINE_MS,
    );
    ws.on('open', () => {
      ws.send(JSON.stringify({ op: 'subscribe', id: 's', channel: 'quotes', symbols }));
      if (bad !== null) {
        ws.send(bad);
        this.counts.badFrames++;
      }
    });
    ws.on('message', (data: Buffer) => {
      const op = /"op":"(\w+)"/.exec(data.toString('latin1'))?.[1];
      if (op === 'snapshot' || op === 'error') awaited--;
      if (awaited === 0) finish();
    });
    ws.on('error', (error) => finish(`churn: ${error.message}`));
    ws.on('close', (code) => {
      if (!done && awaited > 0) finish(`churn: closed with ${code} before its replies`);
    });
  }

  /**
   * A paused reader never sees the gateway's close (it sits behind unread data), so each one is
   * dropped from this side after PAUSED_LIFE_MS, past the slow-consumer grace, and replaced.
   */
  private openPaused(): void {
    if (this.stopped) return;
    const ws = new WebSocket(this.wsUrl, { headers: this.headers() });
    this.paused.add(ws);
    this.counts.pausedOpened++;
    ws.on('open', () =>
      ws.send(
        JSON.stringify({
          op: 'subscribe',
          id: 'p',
          channel: 'quotes',
          symbols: this.symbols,
          throttleMs: 100,
        }),
      ),
    );
    ws.once('message', () => ws.pause());
    ws.on('error', (error) => this.fail(`paused reader: ${error.message}`));
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.paused.delete(ws);
      ws.terminate();
      this.openPaused();
    }, PAUSED_LIFE_MS);
    this.timers.add(timer);
  }
}
