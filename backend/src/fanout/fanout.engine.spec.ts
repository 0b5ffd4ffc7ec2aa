import { type MarketListener } from '../market/market-listener';
import { QUOTES_STREAM, streamIndex } from '../market/streams';
import { SymbolState } from '../market/symbol-state';
import { FanoutEngine, type FanoutListener, type SymbolDemand } from './fanout.engine';
import { FanoutSession } from './fanout-session';
import { type FrameSink } from './frame-sink';
import { type Tick } from '@tickwire/protocol';

/** A socket stand-in that records frames; while `holding`, it acknowledges none (a stalled peer). */
class RecordingSink implements FrameSink {
  readonly frames: string[] = [];
  private readonly callbacks: (() => void)[] = [];
  bufferedAmount = 0;
  holding = false;

  send(data: Uint8Array, options: { binary: boolean }, callback: () => void): void {
    expect(options.binary).toBe(false);
    this.frames.push(Buffer.from(data).toString());
    if (this.holding) this.callbacks.push(callback);
    else callback();
  }

  acknowledgeAll(): void {
    for (const callback of this.callbacks.splice(0)) callback();
  }

  updates(): { t: number; data: { symbol: string; seq: number; time?: number }[] }[] {
    return this.frames.map((frame) => JSON.parse(frame));
  }
}

function instrument(symbol: string) {
  return {
    symbol,
    name: symbol,
    assetClass: 'equity' as const,
    sector: 'Technology',
    currency: 'USD',
    tickSize: 0.01,
    lotSize: 1,
    tier: 'public' as const,
  };
}

function tick(symbol: string, seq: number, ts: number, last = 100 + seq / 100): Tick {
  return {
    symbol,
    seq,
    ts,
    bid: last - 0.01,
    ask: last + 0.01,
    last,
    lastSize: 10,
    volume: seq * 10,
    open: 100,
    high: 110,
    low: 90,
    prevClose: 99,
  };
}

describe('FanoutEngine', () => {
  const options = {
    flushIntervalMs: 10,
    highWatermarkBytes: 2000,
    lowWatermarkBytes: 500,
    slowConsumerGraceMs: 1000,
  };
  let states: Map<string, SymbolState>;
  let slow: FanoutSession[];
  let listener: FanoutListener;
  /** Every engine of a test hears every change, as the market's listener would. */
  let engines: FanoutEngine[];
  let market: MarketListener;
  /** Holds per symbol, as the market counts them. */
  let holds: Map<string, number>;
  let demand: SymbolDemand;

  function newEngine(): FanoutEngine {
    const engine = new FanoutEngine(demand, options, listener, 0);
    engines.push(engine);
    return engine;
  }

  beforeEach(() => {
    engines = [];
    market = {
      changed: (state) => engines.forEach((engine) => engine.changed(state)),
      barClosed: (state, stream, closed) =>
        engines.forEach((engine) => engine.barClosed(state, stream, closed)),
    };
    holds = new Map();
    const count = (state: SymbolState, by: number) =>
      holds.set(state.symbol, (holds.get(state.symbol) ?? 0) + by);
    demand = { hold: (state) => count(state, 1), drop: (state) => count(state, -1) };
    states = new Map(
      ['AAA', 'BBB', 'CCC'].map((s, index) => [s, new SymbolState(instrument(s), index)]),
    );
    slow = [];
    listener = {
      framesSent: () => undefined,
      conflated: () => undefined,
      slowConsumer: (session) => slow.push(session),
    };
  });

  function feed(symbol: string, seq: number, ts: number): void {
    const state = states.get(symbol) as SymbolState;
    state.applyTick(tick(symbol, seq, ts), market);
    market.changed(state);
  }

  function setup(throttleMs: number, symbols = ['AAA', 'BBB'], align = false) {
    const engine = newEngine();
    const sink = new RecordingSink();
    const session = new FanoutSession('c1', sink, 0);
    for (const symbol of symbols) {
      engine.subscribe(
        session,
        QUOTES_STREAM,
        states.get(symbol) as SymbolState,
        throttleMs,
        -throttleMs,
        align,
      );
    }
    return { engine, sink, session };
  }

  /** Ticks every symbol every 50 ms against a peer that acknowledges nothing, until it blocks. */
  function tickUntilBlocked(
    engine: FanoutEngine,
    sink: RecordingSink,
    session: FanoutSession,
    symbols: string[],
  ): { t: number; seq: number } {
    sink.holding = true;
    let t = 0;
    let seq = 0;
    while (!session.blocked) {
      if (t > 60_000) throw new Error('the session never went above the high watermark');
      t += 50;
      seq++;
      for (const symbol of symbols) feed(symbol, seq, t);
      engine.flush(t);
    }
    return { t, seq };
  }

  /** Each symbol ticks every 30 ms, the three out of phase, with a flush every 10 ms. */
  function runStaggered(engine: FanoutEngine, untilMs: number): void {
    let seq = 0;
    for (let t = 10; t <= untilMs; t += 10) {
      const symbol = ['AAA', 'BBB', 'CCC'][(t / 10) % 3];
      feed(symbol, ++seq, t - 5);
      engine.flush(t);
    }
  }

  it('sends a quiet symbol on the next flush (leading edge), all due symbols in one frame', () => {
    const { engine, sink } = setup(100);
    feed('AAA', 1, 1);
    feed('BBB', 1, 2);
    engine.flush(10);
    expect(sink.updates()).toHaveLength(1);
    expect(sink.updates()[0].data.map((q) => q.symbol)).toEqual(['AAA', 'BBB']);
  });

  it('throttles per symbol and sends only the latest state at send time', () => {
    const { engine, sink } = setup(100, ['AAA']);
    feed('AAA', 1, 1);
    engine.flush(10);
    for (let seq = 2; seq <= 9; seq++) {
      feed('AAA', seq, seq * 10);
      engine.flush(seq * 10 + 5);
    }
    expect(sink.updates()).toHaveLength(1);
    engine.flush(110);
    const updates = sink.updates();
    expect(updates).toHaveLength(2);
    expect(updates[1].data).toEqual([expect.objectContaining({ symbol: 'AAA', seq: 9 })]);
    expect(updates[1].t - updates[0].t).toBeGreaterThanOrEqual(100);
  });

  it('holds a period of throttleMs, not one slot more, when flushes run just after boundaries', () => {
    const { engine, sink } = setup(100, ['AAA']);
    // One tick 40 ms after each send: the next send comes from the due wheel, not a fresh tick.
    let seq = 0;
    let tickAt = 5;
    for (let slot = 1; slot <= 100; slot++) {
      if (slot * 10 - 5 >= tickAt) {
        feed('AAA', ++seq, slot * 10 - 5);
        tickAt = Infinity;
      }
      const framesBefore = sink.frames.length;
      engine.flush(slot * 10 + 1);
      if (sink.frames.length > framesBefore) tickAt = slot * 10 + 1 + 40;
    }
    const times = sink.updates().map((update) => update.t);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps.length).toBeGreaterThan(5);
    expect(new Set(gaps)).toEqual(new Set([100]));
  });

  it('keeps different throttles for different symbols of one connection', () => {
    const { engine, sink, session } = setup(100, ['AAA']);
    engine.subscribe(session, QUOTES_STREAM, states.get('BBB') as SymbolState, 500, -500);
    for (let t = 10, seq = 1; t <= 1000; t += 10, seq++) {
      feed('AAA', seq, t);
      feed('BBB', seq, t);
      engine.flush(t);
    }
    const count = (symbol: string) =>
      sink.updates().filter((u) => u.data.some((q) => q.symbol === symbol)).length;
    expect(count('AAA')).toBe(10);
    expect(count('BBB')).toBe(2);
  });

  it('stops writing above the high watermark and sends everything that changed once drained', () => {
    const { engine, sink, session } = setup(50, ['AAA', 'BBB', 'CCC']);
    let { t, seq } = tickUntilBlocked(engine, sink, session, ['AAA', 'BBB', 'CCC']);
    const framesWhenBlocked = sink.frames.length;
    for (let i = 0; i < 10; i++) {
      t += 50;
      seq++;
      feed('AAA', seq, t);
      feed('BBB', seq, t);
      engine.flush(t);
    }
    expect(sink.frames.length).toBe(framesWhenBlocked);
    sink.acknowledgeAll();
    engine.flush(t + 10);
    expect(sink.frames.length).toBe(framesWhenBlocked + 1);
    const last = sink.updates()[sink.frames.length - 1];
    expect(last.data.map((q) => [q.symbol, q.seq])).toEqual([
      ['AAA', seq],
      ['BBB', seq],
    ]);
    expect(slow).toEqual([]);
  });

  it('reports a connection blocked longer than the grace period as a slow consumer', () => {
    const { engine, sink, session } = setup(50, ['AAA']);
    const { t } = tickUntilBlocked(engine, sink, session, ['AAA']);
    engine.flush(t + options.slowConsumerGraceMs);
    expect(slow).toEqual([]);
    engine.flush(t + options.slowConsumerGraceMs + 10);
    expect(slow).toEqual([session]);
  });

  it('sends bars that closed between two sends before the forming bar', () => {
    const engine = newEngine();
    const sink = new RecordingSink();
    const session = new FanoutSession('c1', sink, 0);
    const stream = streamIndex('bars', '1s');
    engine.subscribe(session, stream, states.get('AAA') as SymbolState, 5000, -5000);
    feed('AAA', 1, 100);
    engine.flush(110);
    feed('AAA', 2, 1100);
    feed('AAA', 3, 2100);
    feed('AAA', 4, 3100);
    engine.flush(5110);
    const times = sink.updates().map((u) => u.data.map((bar) => bar.time));
    expect(times).toEqual([[0], [1, 2, 3]]);
  });

  it('forgets unsubscribed symbols and removed sessions', () => {
    const { engine, sink, session } = setup(50, ['AAA', 'BBB']);
    engine.unsubscribe(session, QUOTES_STREAM, 'AAA');
    feed('AAA', 1, 1);
    feed('BBB', 1, 1);
    engine.flush(10);
    expect(sink.updates()[0].data.map((q) => q.symbol)).toEqual(['BBB']);
    engine.removeSession(session);
    feed('BBB', 2, 100);
    engine.flush(110);
    expect(sink.frames).toHaveLength(1);
    expect(Object.fromEntries(holds)).toEqual({ AAA: 0, BBB: 0 });
  });

  describe('aligned subscriptions', () => {
    const symbols = ['AAA', 'BBB', 'CCC'];

    it('send every changed member in one frame at most once per throttleMs', () => {
      const aligned = setup(100, symbols, true);
      runStaggered(aligned.engine, 1000);
      const frames = aligned.sink.updates();
      expect(frames.length).toBeLessThanOrEqual(10);
      const gaps = frames.slice(1).map((frame, i) => frame.t - frames[i].t);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
      for (const frame of frames.slice(1)) {
        expect(frame.data.map((q) => q.symbol).sort()).toEqual(symbols);
      }
    });

    it('write fewer frames than the same symbols throttled one by one', () => {
      const aligned = setup(100, symbols, true);
      runStaggered(aligned.engine, 1000);
      const single = setup(100, symbols, false);
      runStaggered(single.engine, 1000);
      expect(single.sink.frames.length).toBeGreaterThan(2 * aligned.sink.frames.length);
    });

    it('send a quiet group on the next flush after any member ticks (leading edge)', () => {
      const { engine, sink } = setup(100, symbols, true);
      feed('BBB', 1, 501);
      engine.flush(510);
      expect(sink.updates()).toEqual([expect.objectContaining({ t: 510 })]);
      expect(sink.updates()[0].data.map((q) => q.symbol)).toEqual(['BBB']);
    });

    it('send on the next flush after a member ticks once the group went quiet', () => {
      const { engine, sink } = setup(100, symbols, true);
      feed('AAA', 1, 501);
      engine.flush(510);
      for (let t = 520; t <= 900; t += 10) engine.flush(t);
      feed('CCC', 1, 905);
      engine.flush(910);
      expect(sink.updates().map((update) => update.t)).toEqual([510, 910]);
      expect(sink.updates()[1].data.map((q) => q.symbol)).toEqual(['CCC']);
    });

    it('stop waking on a symbol that left the group, and keep waking on the others', () => {
      const { engine, sink, session } = setup(100, symbols, true);
      engine.unsubscribe(session, QUOTES_STREAM, 'AAA');
      feed('AAA', 1, 501);
      engine.flush(510);
      expect(sink.frames).toHaveLength(0);
      feed('BBB', 1, 601);
      engine.flush(610);
      expect(sink.updates()[0].data.map((q) => q.symbol)).toEqual(['BBB']);
    });

    it('wake once drained even when nothing changed while blocked', () => {
      const { engine, sink, session } = setup(50, symbols, true);
      const { t, seq } = tickUntilBlocked(engine, sink, session, symbols);
      const framesWhenBlocked = sink.frames.length;
      engine.flush(t + 60); // its slot comes while it is blocked: the group leaves the wheel
      sink.acknowledgeAll();
      engine.flush(t + 70);
      expect(sink.frames.length).toBe(framesWhenBlocked);
      feed('BBB', seq + 1, t + 200);
      engine.flush(t + 210);
      expect(sink.frames.length).toBe(framesWhenBlocked + 1);
      expect(sink.updates()[framesWhenBlocked].data.map((q) => q.symbol)).toEqual(['BBB']);
    });

    it('group by throttle, and leave the group when re-subscribed without align', () => {
      const { engine, session } = setup(100, ['AAA', 'BBB'], true);
      const ccc = states.get('CCC') as SymbolState;
      engine.subscribe(session, QUOTES_STREAM, ccc, 250, 0, true);
      expect([...(session.groups?.keys() ?? [])].sort()).toEqual(['0:100', '0:250']);
      engine.subscribe(session, QUOTES_STREAM, ccc, 250, 0, false);
      expect([...(session.groups?.keys() ?? [])]).toEqual(['0:100']);
      engine.unsubscribe(session, QUOTES_STREAM, 'AAA');
      engine.unsubscribe(session, QUOTES_STREAM, 'BBB');
      expect(session.groups?.size).toBe(0);
    });

    it('send what changed while blocked in one frame once drained', () => {
      const { engine, sink, session } = setup(50, symbols, true);
      let { t, seq } = tickUntilBlocked(engine, sink, session, symbols);
      const framesWhenBlocked = sink.frames.length;
      t += 50;
      feed('CCC', ++seq, t);
      engine.flush(t);
      expect(sink.frames.length).toBe(framesWhenBlocked);
      sink.acknowledgeAll();
      engine.flush(t + 10);
      expect(sink.frames.length).toBe(framesWhenBlocked + 1);
      expect(sink.updates()[framesWhenBlocked].data.map((q) => [q.symbol, q.seq])).toEqual([
        ['CCC', seq],
      ]);
    });
  });
});
