import { type Tick } from '@tickwire/protocol';
import { type SymbolMessage, type SymbolSnapshot } from './codec';

/** Where a symbol's synchronised stream goes, in order. */
export interface SyncSink {
  /** Replace everything known of the symbol (taken over, or re-read after a loss). */
  reset(snapshot: SymbolSnapshot): void;
  tick(tick: Tick): void;
  status(symbol: string, status: 'halted' | 'resumed', ts: number): void;
  /** The symbol needs its state read again (then `onSnapshot`); `reason` is for metrics. */
  resync(symbol: string, reason: 'gap' | 'overflow'): void;
}

/** Messages buffered while a state read is under way, beyond which the read is started over. */
const MAX_BUFFERED = 10_000;

/**
 * The hand-over and gap detection of one symbol, apart from Redis so that it can be tested with
 * reordered and lost messages. The caller subscribes first, then reads the symbol's state: every
 * message that arrives meanwhile is buffered, and once the state is known only ticks with a larger
 * `seq` are applied. Live, `seq` must grow by exactly one per tick; a gap means a message was lost,
 * and the symbol is read again. Duplicates (seq already applied) are dropped.
 */
export class SymbolSync {
  private lastSeq = 0;
  private syncing = true;
  private buffer: SymbolMessage[] = [];

  constructor(
    readonly symbol: string,
    private readonly sink: SyncSink,
  ) {}

  get live(): boolean {
    return !this.syncing;
  }

  get seq(): number {
    return this.lastSeq;
  }

  /** Start buffering until the next snapshot (a state read is about to begin). */
  begin(): void {
    if (this.syncing) return;
    this.syncing = true;
    this.buffer = [];
  }

  onMessage(message: SymbolMessage): void {
    if (this.syncing) {
      this.buffer.push(message);
      if (this.buffer.length > MAX_BUFFERED) {
        this.buffer = [];
        this.sink.resync(this.symbol, 'overflow');
      }
      return;
    }
    this.apply(message);
  }

  onSnapshot(snapshot: SymbolSnapshot): void {
    this.lastSeq = snapshot.tick?.seq ?? 0;
    this.syncing = false;
    this.sink.reset(snapshot);
    const buffered = this.buffer;
    this.buffer = [];
    for (let i = 0; i < buffered.length; i++) {
      this.apply(buffered[i]);
      if (this.syncing) {
        // A gap among the buffered messages: the subscription was not yet active when the
        // state was read. Keep what follows for the next read.
        this.buffer.push(...buffered.slice(i + 1));
        return;
      }
    }
  }

  private apply(message: SymbolMessage): void {
    if (!('ticks' in message)) {
      this.sink.status(this.symbol, message.status, message.ts);
      return;
    }
    const ticks = message.ticks;
    for (let i = 0; i < ticks.length; i++) {
      const tick = ticks[i];
      if (tick.seq <= this.lastSeq) continue;
      if (tick.seq !== this.lastSeq + 1) {
        this.syncing = true;
        this.buffer = [{ epoch: message.epoch, ticks: ticks.slice(i) }];
        this.sink.resync(this.symbol, 'gap');
        return;
      }
      this.lastSeq = tick.seq;
      this.sink.tick(tick);
    }
  }
}
