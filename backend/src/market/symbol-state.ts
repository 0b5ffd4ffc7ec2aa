import {
  BAR_INTERVALS,
  type Bar,
  type Quote,
  type Tick,
  type TradingStatus,
  sessionChange,
} from '@tickwire/protocol';
import { type FeedInstrument, type FeedSnapshot } from '../feed/feed.types';
import {
  type Scales,
  encodeBarFragment,
  encodeQuoteFragment,
  scalesFor,
} from '@tickwire/protocol/msgpack';
import { ClosedBar } from './closed-bar';
import { FormingBar } from './forming-bar';
import { type MarketListener } from './market-listener';
import { QUOTES_STREAM, STREAMS } from './streams';

/**
 * Everything the gateway knows about one symbol: its latest quote, its forming bars, a version
 * per stream that grows on every change, and each stream's state in each wire encoding (encoded
 * at most once per version and encoding, on first demand, shared by every connection). Who
 * follows it is the fan-out's business.
 */
export class SymbolState {
  quote: Quote | undefined;
  status: TradingStatus = 'trading';
  /** One forming bar per interval, in BAR_INTERVALS order (stream index minus one). */
  private readonly bars: readonly FormingBar[];
  readonly versions: number[] = STREAMS.map(() => 0);
  private readonly encodedVersions: number[] = STREAMS.map(() => -1);
  private readonly encoded: string[] = STREAMS.map(() => '');
  private readonly packedVersions: number[] = STREAMS.map(() => -1);
  private readonly packedFragments: Uint8Array[] = STREAMS.map(() => EMPTY);
  /** Decimals of prices and sizes in the binary encoding: the tick size's and the lot size's. */
  readonly scales: Scales;
  /** True while the feed delivers this symbol's ticks (it was taken over and not released). */
  live = false;
  /** Subscriptions that hold this symbol, of any connection and stream (the feed's demand). */
  holders = 0;
  /** Epoch ms since when no subscription holds it, while live; 0 when held. */
  unheldSince = 0;

  /**
   * @param index dense and never reused within the process, so that the fan-out can keep its own
   *   per-symbol data in an array instead of a map
   */
  constructor(
    readonly instrument: FeedInstrument,
    readonly index: number,
  ) {
    this.bars = BAR_INTERVALS.map(
      (interval) => new FormingBar(instrument.symbol, interval, instrument.lotSize),
    );
    this.scales = scalesFor(instrument);
  }

  get symbol(): string {
    return this.instrument.symbol;
  }

  /** Folds one tick in; `listener` hears of every bar it closes (not of the change itself). */
  applyTick(tick: Tick, listener: MarketListener): void {
    this.quote = this.toQuote(tick);
    this.versions[QUOTES_STREAM]++;
    for (let stream = 1; stream < STREAMS.length; stream++) {
      const closed = this.formingBar(stream).apply(tick);
      if (closed) {
        listener.barClosed(this, stream, new ClosedBar(closed, this.versions[stream], this.scales));
      }
      this.versions[stream]++;
    }
  }

  /**
   * Replaces everything with the feed's state: at take-over, after a loss on the bus, after a
   * feed restart. The version of every stream that has a state moves, so each subscriber gets it
   * once; a stream without one (no tick yet) keeps its version, as there is nothing to send.
   */
  reset(snapshot: FeedSnapshot): void {
    this.status = snapshot.halted ? 'halted' : 'trading';
    this.quote = snapshot.tick ? this.toQuote(snapshot.tick) : undefined;
    for (let stream = 0; stream < STREAMS.length; stream++) {
      if (stream !== QUOTES_STREAM) this.formingBar(stream).seed(snapshot.bars[stream - 1]);
      if (this.hasState(stream)) this.versions[stream]++;
    }
    this.live = true;
  }

  /** A halt or a resume changes the quote's status without a tick: `seq` stays the same. */
  setStatus(status: TradingStatus): void {
    if (this.status === status) return;
    this.status = status;
    if (this.quote) {
      this.quote = { ...this.quote, status };
      this.versions[QUOTES_STREAM]++;
    }
  }

  /** The state of one stream as a JSON fragment, encoded once per version. */
  fragment(stream: number): string {
    const version = this.versions[stream];
    if (this.encodedVersions[stream] !== version) {
      const value = stream === QUOTES_STREAM ? this.quote : this.formingBar(stream).bar;
      this.encoded[stream] = JSON.stringify(value);
      this.encodedVersions[stream] = version;
    }
    return this.encoded[stream];
  }

  /** The same state as a MessagePack fragment (docs/protocol.md), encoded once per version. */
  packed(stream: number): Uint8Array {
    const version = this.versions[stream];
    if (this.packedVersions[stream] !== version) {
      this.packedFragments[stream] =
        stream === QUOTES_STREAM
          ? encodeQuoteFragment(this.quote as Quote, this.scales)
          : encodeBarFragment(this.formingBar(stream).bar as Bar, this.scales);
      this.packedVersions[stream] = version;
    }
    return this.packedFragments[stream];
  }

  hasState(stream: number): boolean {
    return stream === QUOTES_STREAM
      ? this.quote !== undefined
      : this.formingBar(stream).bar !== undefined;
  }

  formingBar(stream: number): FormingBar {
    return this.bars[stream - 1];
  }

  private toQuote(tick: Tick): Quote {
    const { change, changePct } = sessionChange(tick.last, tick.prevClose, this.scales.price);
    return {
      symbol: tick.symbol,
      seq: tick.seq,
      ts: tick.ts,
      bid: tick.bid,
      ask: tick.ask,
      last: tick.last,
      lastSize: tick.lastSize,
      volume: tick.volume,
      open: tick.open,
      high: tick.high,
      low: tick.low,
      prevClose: tick.prevClose,
      change,
      changePct,
      status: this.status,
    };
  }
}

const EMPTY = new Uint8Array(0);
