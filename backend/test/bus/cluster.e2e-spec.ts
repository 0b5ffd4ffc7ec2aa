import { createClient } from '@redis/client';
import { type RedisClusterProcess, startRedisCluster } from '@tickwire/bus/testing';
import { type Bar, type Quote } from '@tickwire/protocol';
import { startBusGateway, waitReady } from '../support/bus-stack';
import { type FeedProcess, spawnFeed } from '../support/feed-process';
import { waitFor } from '@tickwire/testing';
import { type TestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { connectClient } from '../support/ws-client';

// Symbols whose hash tags fall on different masters of a three-node cluster.
const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'EUR/USD', 'BTC-USD', 'SPX', 'AMD', 'IBM'];

describe('the same code on a 3-master Redis Cluster', () => {
  let cluster: RedisClusterProcess;
  let feed: FeedProcess;
  let gateways: TestApp[];
  let token: string;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    feed = await spawnFeed({ REDIS_CLUSTER_NODES: cluster.seeds });
    gateways = [];
    for (let i = 0; i < 2; i++) {
      const gateway = await startBusGateway({ REDIS_CLUSTER_NODES: cluster.seeds });
      await waitReady(gateway);
      gateways.push(gateway);
    }
    token = await demoToken(gateways[0].url);
  }, 120_000);

  afterAll(async () => {
    for (const gateway of gateways ?? []) await gateway.close();
    await feed?.stop();
    await cluster?.stop();
  });

  it('spreads the symbols over every master', async () => {
    const owners = new Set<number>();
    for (const node of cluster.nodes) {
      const client = createClient({ url: node.url });
      client.on('error', () => undefined);
      await client.connect();
      for (const symbol of SYMBOLS) {
        const slot = (await client.sendCommand(['CLUSTER', 'KEYSLOT', `{${symbol}}`])) as number;
        const mine = (await client.sendCommand([
          'CLUSTER',
          'COUNTKEYSINSLOT',
          String(slot),
        ])) as number;
        if (mine > 0) owners.add(node.port);
      }
      client.destroy();
    }
    expect(owners.size).toBe(3);
  });

  it('serves live quotes, bar snapshots and history, with the same seq on both gateways', async () => {
    const clients = await Promise.all(gateways.map((g) => connectClient(g.wsUrl, token)));
    for (const client of clients) expect(client.hello.epoch).toBe(feed.epoch);
    for (const [i, client] of clients.entries()) {
      await client.request(
        { op: 'subscribe', id: `q${i}`, channel: 'quotes', symbols: SYMBOLS, throttleMs: 50 },
        'subscribed',
      );
    }
    const bars = await clients[0].request(
      {
        op: 'subscribe',
        id: 'b',
        channel: 'bars',
        interval: '1m',
        symbols: ['AAPL'],
        historyLimit: 50,
      },
      'subscribed',
    );
    expect(bars.symbols).toEqual(['AAPL']);
    const snapshot = await clients[0].nextOp('snapshot');
    expect((snapshot.msg.data as Bar[]).length).toBe(50);
    await waitFor(
      () => clients.every((client) => client.updates('quotes').length >= 30),
      20_000,
      '30 quote frames on every client',
    );
    const seqs = clients.map((client) => {
      const map = new Map<string, Quote>();
      for (const frame of client.updates('quotes')) {
        for (const quote of frame.msg.data as Quote[])
          map.set(`${quote.symbol}#${quote.seq}`, quote);
      }
      return map;
    });
    const symbolsSeen = new Set([...seqs[0].values()].map((q) => q.symbol));
    expect([...symbolsSeen].sort()).toEqual([...SYMBOLS].sort());
    let common = 0;
    for (const [key, quote] of seqs[0]) {
      if (!seqs[1].has(key)) continue;
      expect(seqs[1].get(key)).toEqual(quote);
      common++;
    }
    expect(common).toBeGreaterThan(0);
    const history = await fetch(`${gateways[1].url}/api/history/MSFT?interval=5m&limit=20`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(history.status).toBe(200);
    expect(((await history.json()) as { data: Bar[] }).data).toHaveLength(20);
    await Promise.all(clients.map((client) => client.close()));
  });
});
