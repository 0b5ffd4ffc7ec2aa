import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import { type RedisProcess, startRedis } from '@tickwire/bus/testing';
import { waitFor } from '@tickwire/testing';
import { type FeedProcess, spawnFeed } from './feed-process';
import { type TestApp, startTestApp } from './test-app';

/** One AUTH_SECRET for every gateway of a test, as a deployment shares it. */
export const SHARED_SECRET = randomBytes(32).toString('base64url');

/** A gateway in this process fed through Redis (`FEED_SOURCE=redis`). */
export function startBusGateway(bus: Record<string, string>, env: Record<string, string> = {}) {
  return startTestApp({
    FEED_SOURCE: 'redis',
    AUTH_SECRET: SHARED_SECRET,
    FEED_RELEASE_AFTER_MS: '500',
    ...bus,
    ...env,
  });
}

/** Resolves once the gateway serves live data (`/ready` is 200). */
export async function waitReady(app: TestApp, timeoutMs = 20_000): Promise<void> {
  await waitFor(async () => (await fetch(`${app.url}/ready`)).status === 200, timeoutMs, '/ready');
}

/** Runs one Redis command on a short-lived connection (for assertions on the bus itself). */
export async function redisCommand(url: string, args: string[]): Promise<unknown> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await client.sendCommand(args);
  } finally {
    client.destroy();
  }
}

/** Redis, the feed process and gateways fed by it: what a scale-out test runs on. */
export class BusStack {
  readonly gateways: TestApp[] = [];

  private constructor(
    readonly redis: RedisProcess,
    public feed: FeedProcess,
    private readonly feedEnv: Record<string, string>,
  ) {}

  static async start(gatewayCount = 1, feedEnv: Record<string, string> = {}): Promise<BusStack> {
    const redis = await startRedis();
    const env = { REDIS_URL: redis.url, ...feedEnv };
    const stack = new BusStack(redis, await spawnFeed(env), env);
    for (let i = 0; i < gatewayCount; i++) await stack.addGateway();
    return stack;
  }

  /** Starts one more gateway and resolves once it serves live data. */
  async addGateway(): Promise<TestApp> {
    const gateway = await startBusGateway({ REDIS_URL: this.redis.url });
    this.gateways.push(gateway);
    await waitReady(gateway);
    return gateway;
  }

  /** A new feed process (a new epoch), after the previous one was stopped or killed. */
  async restartFeed(env: Record<string, string> = {}): Promise<FeedProcess> {
    this.feed = await spawnFeed({ ...this.feedEnv, ...env });
    return this.feed;
  }

  async stop(): Promise<void> {
    for (const gateway of this.gateways) await gateway.close();
    await this.feed.stop();
    await this.redis.stop();
  }
}
