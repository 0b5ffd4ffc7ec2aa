import { randomBytes } from 'node:crypto';
import {
  BUS_BARS_KEPT,
  BarBuilder,
  type BusConnection,
  type BusInstrument,
  BusKeys,
  FEED_HEARTBEAT_MS,
  encodeBar,
  encodeFeedInfo,
  encodeHeartbeat,
  encodeSnapshot,
  encodeStatusMessage,
  encodeTicksMessage,
} from '@tickwire/bus';
import { type MarketSimulator } from '@tickwire/market-sim';
import {
  type Bar,
  BAR_INTERVALS,
  type FeedStatusEvent,
  INTERVAL_SECONDS,
  type Tick,
} from '@tickwire/protocol';
import { type Subscription } from 'rxjs';

/** Symbols whose state and history are (re)written per event-loop turn while seeding. */
const SEED_CHUNK = 16;

interface SymbolRuntime {
  instrument: BusInstrument;
  builders: BarBuilder[];
  /** Ticks since the last flush, in order. */
  pending: Tick[];
  /** Bars closed since the last flush, per interval. */
  closed: Bar[][];
  /** False until its state and history are in Redis (again, after Redis lost them). */
  seeded: boolean;
}

export interface FeedPublisherEvents {
  info(message: string): void;
  error(message: string): void;
}

/**
 * The simulator's side of the bus. Per symbol and per event-loop turn it writes the symbol's
 * state (latest tick, halt flag, forming bars) and the bars that closed, then publishes the ticks:
 * state before publish, on one connection and in one slot, so that a gateway that subscribed and
 * then read the state misses nothing. It heartbeats every FEED_HEARTBEAT_MS, and when Redis has
 * lost its keys (a restart without persistence) it writes everything again before heartbeating.
 */
export class FeedPublisher {
  readonly epoch = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  private readonly startedAt = Date.now();
  private readonly symbols = new Map<string, SymbolRuntime>();
  private readonly dirty = new Set<SymbolRuntime>();
  private readonly subscriptions: Subscription[] = [];
  private flushScheduled = false;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private seeding: Promise<void> | undefined;
  private writeFailures = 0;
  private stopped = false;

  constructor(
    private readonly simulator: MarketSimulator,
    private readonly bus: BusConnection,
    private readonly events: FeedPublisherEvents,
  ) {
    for (const instrument of simulator.instruments) {
      const builders = BAR_INTERVALS.map(
        (interval) =>
          new BarBuilder(instrument.symbol, INTERVAL_SECONDS[interval], instrument.lotSize),
      );
      this.symbols.set(instrument.symbol, {
        instrument: {
          symbol: instrument.symbol,
          name: instrument.name,
          assetClass: instrument.assetClass,
          sector: instrument.sector,
          currency: instrument.currency,
          tickSize: instrument.tickSize,
          lotSize: instrument.lotSize,
          tier: instrument.tier,
        },
        builders,
        pending: [],
        closed: BAR_INTERVALS.map(() => []),
        seeded: false,
      });
    }
  }

  /** Connects, writes every symbol's state and history, then publishes live until `stop()`. */
  async start(): Promise<void> {
    await this.bus.connect();
    // Subscribed before the builders are seeded: a tick of a symbol not seeded yet is ignored,
    // because the history read that seeds it includes that tick.
    this.subscriptions.push(
      this.simulator.ticks$.subscribe((tick) => this.onTick(tick)),
      this.simulator.status$.subscribe((event) => this.onStatus(event)),
    );
    for (const runtime of this.symbols.values()) this.seedBuilders(runtime);
    await this.seedAll();
    this.simulator.start();
    this.heartbeat = setInterval(() => this.beat(), FEED_HEARTBEAT_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.simulator.stop();
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.flush();
    this.bus.close();
  }

  private seedBuilders(runtime: SymbolRuntime): void {
    BAR_INTERVALS.forEach((interval, i) => {
      const history = this.simulator.history(runtime.instrument.symbol, interval, 1);
      runtime.builders[i].seed(history[history.length - 1]);
    });
  }

  private onTick(tick: Tick): void {
    const runtime = this.symbols.get(tick.symbol);
    if (!runtime || runtime.builders[0].bar === undefined) return;
    for (let i = 0; i < runtime.builders.length; i++) {
      const closed = runtime.builders[i].apply(tick);
      if (closed) runtime.closed[i].push(closed);
    }
    runtime.pending.push(tick);
    this.dirty.add(runtime);
    this.scheduleFlush();
  }

  private onStatus(event: FeedStatusEvent): void {
    if (!event.symbol || (event.kind !== 'halted' && event.kind !== 'resumed')) return;
    const runtime = this.symbols.get(event.symbol);
    if (!runtime) return;
    // Ticks before the halt leave before it, in the same order as they happened.
    this.flushSymbol(runtime);
    if (!runtime.seeded) return;
    this.write(this.bus.commands.set(BusKeys.state(event.symbol), this.stateOf(runtime)));
    this.write(
      this.bus.commands.sPublish(
        BusKeys.ticks(event.symbol),
        encodeStatusMessage(this.epoch, event.kind, event.ts),
      ),
    );
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    for (const runtime of this.dirty) this.flushSymbol(runtime);
    this.dirty.clear();
  }

  // Hot path: runs for every symbol that ticked in this turn of the event loop.
  private flushSymbol(runtime: SymbolRuntime): void {
    const symbol = runtime.instrument.symbol;
    if (!runtime.seeded) {
      // Its seeding (still to come) writes the state and bars as they are then.
      runtime.pending = [];
      for (const closed of runtime.closed) closed.length = 0;
      return;
    }
    const commands = this.bus.commands;
    for (let i = 0; i < BAR_INTERVALS.length; i++) {
      const closed = runtime.closed[i];
      if (closed.length === 0) continue;
      const key = BusKeys.bars(symbol, BAR_INTERVALS[i]);
      this.write(
        commands.rPush(
          key,
          closed.map((bar) => JSON.stringify(encodeBar(bar))),
        ),
      );
      this.write(commands.lTrim(key, -BUS_BARS_KEPT, -1));
      closed.length = 0;
    }
    if (runtime.pending.length === 0) return;
    this.write(commands.set(BusKeys.state(symbol), this.stateOf(runtime)));
    this.write(
      commands.sPublish(BusKeys.ticks(symbol), encodeTicksMessage(this.epoch, runtime.pending)),
    );
    runtime.pending = [];
  }

  private stateOf(runtime: SymbolRuntime): string {
    const symbol = runtime.instrument.symbol;
    return encodeSnapshot({
      epoch: this.epoch,
      tick: this.simulator.snapshot(symbol),
      halted: this.simulator.isHalted(symbol),
      bars: runtime.builders.map((builder) => builder.bar),
    });
  }

  /** Writes every symbol's state and closed bars, then the feed's catalog, which marks the end. */
  private seedAll(): Promise<void> {
    this.seeding ??= this.writeEverything().finally(() => (this.seeding = undefined));
    return this.seeding;
  }

  private async writeEverything(): Promise<void> {
    const runtimes = [...this.symbols.values()];
    for (const runtime of runtimes) runtime.seeded = false;
    for (let i = 0; i < runtimes.length; i += SEED_CHUNK) {
      const chunk = runtimes.slice(i, i + SEED_CHUNK);
      await Promise.all(chunk.map((runtime) => this.seedSymbol(runtime)));
    }
    await this.bus.commands.set(
      BusKeys.feed,
      encodeFeedInfo({
        epoch: this.epoch,
        startedAt: this.startedAt,
        instruments: runtimes.map((runtime) => runtime.instrument),
      }),
    );
  }

  private async seedSymbol(runtime: SymbolRuntime): Promise<void> {
    // Pending ticks are part of the state written now; they are not published again.
    this.flushSymbol(runtime);
    runtime.pending = [];
    const symbol = runtime.instrument.symbol;
    const commands = this.bus.commands;
    const writes: Promise<unknown>[] = [];
    BAR_INTERVALS.forEach((interval, i) => {
      const forming = runtime.builders[i].bar;
      const closed = this.simulator
        .history(symbol, interval, BUS_BARS_KEPT + 1)
        .filter((bar) => forming === undefined || bar.time < forming.time)
        .slice(-BUS_BARS_KEPT);
      runtime.closed[i].length = 0;
      const staging = BusKeys.barsStaging(symbol, interval);
      writes.push(commands.del(staging));
      if (closed.length === 0) {
        writes.push(commands.del(BusKeys.bars(symbol, interval)));
        return;
      }
      writes.push(
        commands.rPush(
          staging,
          closed.map((bar) => JSON.stringify(encodeBar(bar))),
        ),
      );
      // Readers see the old list or the new one, never a half-written one.
      writes.push(commands.rename(staging, BusKeys.bars(symbol, interval)));
    });
    writes.push(commands.set(BusKeys.state(symbol), this.stateOf(runtime)));
    runtime.seeded = true;
    await Promise.all(writes);
  }

  private beat(): void {
    if (this.stopped || this.seeding) return;
    this.bus.commands.exists(BusKeys.feed).then(
      (exists) => {
        if (this.stopped || this.seeding) return;
        if (exists === 0 || this.writeFailures > 0) {
          // Redis restarted empty, or writes were lost while it was unreachable: either way the
          // keys no longer tell the truth. Heartbeats resume once everything is written again.
          this.events.info(
            exists === 0
              ? 'the bus lost the feed state (Redis restarted?): writing it again'
              : `the bus is back after ${this.writeFailures} failed writes: writing the state again`,
          );
          this.writeFailures = 0;
          this.seedAll().then(
            () => this.events.info('feed state written again: publishing'),
            (error: unknown) => this.onWriteError(error),
          );
          return;
        }
        this.write(
          this.bus.commands.sPublish(
            BusKeys.heartbeat,
            encodeHeartbeat({ epoch: this.epoch, ts: Date.now() }),
          ),
        );
      },
      (error: unknown) => this.onWriteError(error),
    );
  }

  private write(reply: Promise<unknown>): void {
    reply.catch(this.onWriteError);
  }

  private readonly onWriteError = (error: unknown): void => {
    if (this.writeFailures++ === 0) {
      this.events.error(`bus writes failing: ${String(error)} (retrying)`);
    }
  };
}
