import { freePort, startRedis } from '@tickwire/bus/testing';
import { waitFor } from '@tickwire/testing';
import { startBusGateway, waitReady } from '../support/bus-stack';
import { spawnFeed } from '../support/feed-process';
import { spawnTsProcess } from '../support/node-process';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectClient } from '../support/ws-client';
import { demoToken } from '../support/tokens';

/** The feed process started with `env`, expected to refuse it: its exit code and output. */
async function refused(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const started = spawnTsProcess({
    entry: 'feed/src/main.ts',
    tsProject: 'feed/tsconfig.app.json',
    env,
    ready: /feed publishing/,
    what: 'feed',
  });
  const error = await started.then(
    () => new Error('the feed started'),
    (failure: Error) => failure,
  );
  const code = /exited with (\d+)/.exec(error.message)?.[1];
  return { code: code === undefined ? null : Number(code), output: error.message };
}

describe('the feed process', () => {
  it.each([
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [
      { REDIS_CLUSTER_NODES: 'a:1,b' },
      'REDIS_CLUSTER_NODES must be comma-separated host:port seeds',
    ],
    [{ FEED_TICKS_PER_SECOND: 'fast' }, 'FEED_TICKS_PER_SECOND must be a number'],
    [{ FEED_SYMBOLS: 'AAPL,NOPE' }, 'unknown symbol "NOPE"'],
  ])('refuses %j with one line and exit code 1', async (env, message) => {
    const { code, output } = await refused(env);
    expect(code).toBe(1);
    expect(output).toContain(`tickwire feed: invalid configuration: `);
    expect(output).toContain(message);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('waits for Redis, publishes once it is up, and exits 0 on SIGTERM and SIGINT', async () => {
    const port = await freePort();
    const starting = spawnFeed({ REDIS_URL: `redis://127.0.0.1:${port}` });
    await sleep(1500);
    const redis = await startRedis({ port });
    try {
      const feed = await starting;
      expect(feed.output()).toContain('connecting to redis://127.0.0.1');
      expect(await feed.stop('SIGTERM')).toBe(0);
      const again = await spawnFeed({ REDIS_URL: redis.url });
      expect(again.epoch).not.toBe(feed.epoch);
      expect(await again.stop('SIGINT')).toBe(0);
    } finally {
      await redis.stop();
    }
  }, 90_000);

  it('a gateway started before its feed serves liveness, answers 503 for the market, then goes live', async () => {
    const redis = await startRedis();
    const gateway = await startBusGateway({ REDIS_URL: redis.url });
    let feed;
    try {
      expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
      expect((await fetch(`${gateway.url}/ready`)).status).toBe(503);
      const symbols = await fetch(`${gateway.url}/api/symbols`);
      expect(symbols.status).toBe(503);
      expect(await symbols.json()).toEqual(
        expect.objectContaining({ message: 'the market feed is not available yet: try again' }),
      );
      const token = await demoToken(gateway.url);
      await expect(connectClient(gateway.wsUrl, token)).rejects.toThrow('HTTP 503');
      feed = await spawnFeed({ REDIS_URL: redis.url });
      await waitReady(gateway);
      const client = await connectClient(gateway.wsUrl, token);
      expect(client.hello.epoch).toBe(feed.epoch);
      await client.request(
        { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['AAPL'], throttleMs: 50 },
        'subscribed',
      );
      await waitFor(() => client.updates('quotes').length > 0, 10_000, 'live quotes');
      await client.close();
    } finally {
      await gateway.close();
      await feed?.stop();
      await redis.stop();
    }
  }, 90_000);
});
