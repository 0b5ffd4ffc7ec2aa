import { createClient, createCluster } from '@redis/client';
import { startRedis, startRedisCluster } from '../testing';

describe('test redis servers', () => {
  it('starts a real server, survives a kill and restarts it empty', async () => {
    const redis = await startRedis();
    const client = createClient({ url: redis.url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.set('k', 'v');
      expect(await client.get('k')).toBe('v');
      await redis.restart();
      await expect(client.get('k')).resolves.toBeNull();
    } finally {
      client.destroy();
      await redis.stop();
    }
  });

  it('starts a three-master cluster that serves keys of every slot', async () => {
    const cluster = await startRedisCluster(3);
    const client = createCluster({
      rootNodes: cluster.nodes.map((node) => ({ url: node.url })),
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      for (const key of ['{AAPL}:a', '{MSFT}:b', '{EUR/USD}:c']) await client.set(key, key);
      expect(await client.get('{MSFT}:b')).toBe('{MSFT}:b');
      expect(cluster.seeds.split(',')).toHaveLength(3);
    } finally {
      client.destroy();
      await cluster.stop();
    }
  });
});
