import { createClient } from '@redis/client';
import {
  BusConnection,
  BusKeys,
  decodeBarText,
  decodeFeedInfo,
  decodeSnapshot,
  decodeSymbolMessage,
} from '@tickwire/bus';
import { type RedisProcess, startRedis } from '@tickwire/bus/testing';
import { type VirtualSimulator, createVirtualSimulator } from '@tickwire/market-sim/testing';
import { MAX_BARS } from '@tickwire/market-sim';
import { waitFor } from '@tickwire/testing';
import { FeedPublisher } from './feed-publisher';

const SYMBOLS = ['AAPL', 'EUR/USD', 'BTC-USD'];
const quiet = { info: () => undefined, error: () => undefined };

describe('FeedPublisher on a real Redis', () => {
  let redis: RedisProcess;
  let market: VirtualSimulator;
  let publisher: FeedPublisher;
  let reader: ReturnType<typeof createClient>;

  beforeAll(async () => {
    redis = await startRedis();
    market = createVirtualSimulator(7, SYMBOLS, { ticksPerSecond: 300 });
    const bus = new BusConnection({ kind: 'single', url: redis.url }, () => undefined);
    publisher = new FeedPublisher(market.simulator, bus, quiet);
    await publisher.start();
    reader = createClient({ url: redis.url });
    reader.on('error', () => undefined);
    await reader.connect();
  });

  afterAll(async () => {
    await publisher.stop();
    reader.destroy();
    await redis.stop();
  });

  it('writes the catalog, each symbol state and its closed bars per interval before publishing', async () => {
    const info = decodeFeedInfo((await reader.get(BusKeys.feed)) as string);
    expect(info.epoch).toBe(publisher.epoch);
    expect(info.instruments.map((i) => i.symbol)).toEqual(SYMBOLS);
    for (const symbol of SYMBOLS) {
      const state = decodeSnapshot(symbol, (await reader.get(BusKeys.state(symbol))) as string);
      expect(state.tick).toEqual(market.simulator.snapshot(symbol));
      // The simulator serves at most MAX_BARS bars, the forming one included.
      expect(await reader.lLen(BusKeys.bars(symbol, '1m'))).toBe(MAX_BARS - 1);
      const last = decodeBarText(
        symbol,
        (await reader.lIndex(BusKeys.bars(symbol, '1m'), -1)) as string,
      );
      expect(last.time).toBeLessThan((state.bars[1] as { time: number }).time);
    }
  });

  it("publishes every tick in seq order, and its bars equal the simulator's to the bit", async () => {
    const seen = new Map<string, number[]>();
    const subscriber = reader.duplicate();
    subscriber.on('error', () => undefined);
    await subscriber.connect();
    await subscriber.sSubscribe(
      SYMBOLS.map((symbol) => BusKeys.ticks(symbol)),
      (message, channel) => {
        const symbol = channel.slice(4, channel.indexOf('}'));
        const decoded = decodeSymbolMessage(symbol, message);
        if ('ticks' in decoded) {
          seen.set(symbol, [...(seen.get(symbol) ?? []), ...decoded.ticks.map((t) => t.seq)]);
        }
      },
    );
    const ticks = market.advance(20_000);
    await waitFor(
      () => SYMBOLS.every((s) => seen.get(s)?.at(-1) === market.simulator.snapshot(s).seq),
      10_000,
      'every tick on the bus',
      20,
    );
    for (const symbol of SYMBOLS) {
      const seqs = seen.get(symbol) as number[];
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
      const state = decodeSnapshot(symbol, (await reader.get(BusKeys.state(symbol))) as string);
      (['1s', '1m', '5m'] as const).forEach((interval, i) => {
        const history = market.simulator.history(symbol, interval, 2);
        expect(state.bars[i]).toEqual(history[1]);
      });
      const closed = await reader.lRange(BusKeys.bars(symbol, '1s'), -3, -1);
      expect(closed.map((text) => decodeBarText(symbol, text))).toEqual(
        market.simulator.history(symbol, '1s', 4).slice(0, 3),
      );
    }
    expect(ticks.length).toBeGreaterThan(1000);
    subscriber.destroy();
  });

  it('writes everything again when Redis lost its keys, then heartbeats again', async () => {
    await reader.flushAll();
    await waitFor(
      async () => (await reader.exists(BusKeys.feed)) === 1,
      10_000,
      'the catalog written again',
      20,
    );
    for (const symbol of SYMBOLS) {
      expect(await reader.exists(BusKeys.state(symbol))).toBe(1);
      expect(await reader.lLen(BusKeys.bars(symbol, '5m'))).toBe(MAX_BARS - 1);
    }
  });
});
