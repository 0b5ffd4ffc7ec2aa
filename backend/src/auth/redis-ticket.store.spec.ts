import { Logger } from '@nestjs/common';
import {
  type RedisClientType,
  type RedisClusterType,
  createClient,
  createCluster,
} from '@redis/client';
import {
  type RedisClusterProcess,
  type RedisProcess,
  startRedis,
  startRedisCluster,
} from '@tickwire/bus/testing';
import { loadConfig } from '../config/app-config';
import { type Principal } from './connection-context';
import {
  RedisTicketStore,
  type TicketRedis,
  parseStoredTicket,
  ticketKey,
} from './redis-ticket.store';
import { TicketStoreUnavailableError } from './ticket.store';

// Both kinds of node-redis connection fit the store's interface as they are.
const fitsClient = (client: RedisClientType): TicketRedis => client;
const fitsCluster = (cluster: RedisClusterType): TicketRedis => cluster;
void fitsClient;
void fitsCluster;

const alice: Principal = { username: 'alice', plan: 'pro' };
const root: Principal = { username: 'root', plan: 'pro', role: 'admin' };
const later = () => Date.now() + 900_000;

async function connected<
  T extends { connect(): Promise<unknown>; on(e: 'error', f: () => void): unknown },
>(client: T): Promise<T> {
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

describe('RedisTicketStore (real redis-server)', () => {
  let redis: RedisProcess;
  const clients: { destroy(): void }[] = [];

  /** A gateway's view: its own Redis connection and its own store. */
  async function gateway(env: Record<string, string> = {}, url = redis.url) {
    const client = await connected(createClient({ url }));
    clients.push(client);
    return { client, store: new RedisTicketStore(loadConfig(env), client, { timeoutMs: 500 }) };
  }

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    jest.restoreAllMocks();
  });

  afterAll(() => redis.stop());

  it('redeems a ticket once; a replay is refused', async () => {
    const { store } = await gateway();
    const sessionEnd = later();
    const { ticket } = await store.issue(alice, sessionEnd);
    expect(await store.redeem(ticket)).toStrictEqual({
      principal: alice,
      sessionExpiresAt: sessionEnd,
    });
    expect(await store.redeem(ticket)).toBeNull();
    expect(await store.redeem('never-issued')).toBeNull();
  });

  it('is shared by gateways: issued by one, redeemed by another once, then by none', async () => {
    const a = await gateway();
    const b = await gateway();
    const sessionEnd = later();
    const { ticket } = await a.store.issue(root, sessionEnd);
    expect(await b.store.redeem(ticket)).toStrictEqual({
      principal: root,
      sessionExpiresAt: sessionEnd,
    });
    expect(await a.store.redeem(ticket)).toBeNull();
    expect(await b.store.redeem(ticket)).toBeNull();
  });

  it('lets exactly one of many concurrent redemptions on several gateways win', async () => {
    const gateways = await Promise.all([gateway(), gateway(), gateway()]);
    for (let round = 0; round < 20; round++) {
      const { ticket } = await gateways[round % 3].store.issue(alice, later());
      const attempts = await Promise.all(
        gateways.flatMap(({ store }) => [store.redeem(ticket), store.redeem(ticket)]),
      );
      expect(attempts.filter((redeemed) => redeemed !== null)).toHaveLength(1);
    }
  });

  it('refuses a ticket after its TTL: Redis expires the key', async () => {
    const { store, client } = await gateway({ WS_TICKET_TTL: '1s' });
    const { ticket, expiresAt } = await store.issue(alice, later());
    const pttl = await client.pTTL(ticketKey(ticket));
    expect(pttl).toBeGreaterThan(800);
    expect(pttl).toBeLessThanOrEqual(1000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await store.redeem(ticket)).toBeNull();
  });

  it('never outlives the access token it was bought with', async () => {
    const { store, client } = await gateway();
    const sessionEnd = Date.now() + 2000;
    const { ticket, expiresAt } = await store.issue(alice, sessionEnd);
    expect(expiresAt).toBe(sessionEnd);
    expect(await client.pTTL(ticketKey(ticket))).toBeLessThanOrEqual(2000);
  });

  it('keeps only a hash of the ticket in Redis, under tw:ticket:', async () => {
    const { store, client } = await gateway();
    const { ticket } = await store.issue(alice, later());
    const keys = await client.keys('tw:ticket:*');
    expect(keys).toContain(ticketKey(ticket));
    expect(ticketKey(ticket)).toMatch(/^tw:ticket:[0-9a-f]{64}$/);
    for (const key of keys) {
      expect(key).not.toContain(ticket);
      expect(await client.get(key)).not.toContain(ticket);
    }
  });

  it('refuses, and logs, a ticket whose stored value is malformed (the bus is untrusted)', async () => {
    const warnings: string[] = [];
    jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation((message: unknown) => void warnings.push(String(message)));
    const { store, client } = await gateway();
    const planted = {
      garbage: 'not json',
      admin: JSON.stringify({
        v: 1,
        username: 'guest-1',
        plan: 'guest',
        role: 'admin',
        sessionExpiresAt: later(),
      }),
      plan: JSON.stringify({ v: 1, username: 'eve', plan: 'platinum', sessionExpiresAt: later() }),
    };
    for (const [ticket, value] of Object.entries(planted)) {
      await client.set(ticketKey(ticket), value, { expiration: { type: 'PX', value: 10_000 } });
      expect(await store.redeem(ticket)).toBeNull();
    }
    expect(warnings).toEqual(Array(3).fill('refused a ticket whose stored value is malformed'));
  });

  it('fails with TicketStoreUnavailableError, within its timeout, while Redis is down', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const own = await startRedis();
    try {
      const { store } = await gateway({}, own.url);
      const { ticket } = await store.issue(alice, later());
      await own.kill();
      const started = Date.now();
      await expect(store.redeem(ticket)).rejects.toThrow(TicketStoreUnavailableError);
      await expect(store.issue(alice, later())).rejects.toThrow(TicketStoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await own.stop();
    }
  });
});

describe('RedisTicketStore on a 3-master Redis Cluster', () => {
  let cluster: RedisClusterProcess;
  const clients: { destroy(): void }[] = [];

  async function gateway() {
    const client = await connected(
      createCluster({ rootNodes: cluster.nodes.map((node) => ({ url: node.url })) }),
    );
    clients.push(client);
    return new RedisTicketStore(loadConfig({}), client);
  }

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  }, 60_000);

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster?.stop();
  });

  it('redeems tickets of every slot once, on any gateway', async () => {
    const [a, b] = await Promise.all([gateway(), gateway()]);
    // 30 tickets hash to slots spread over the three masters.
    for (let i = 0; i < 30; i++) {
      const sessionEnd = later();
      const { ticket } = await (i % 2 ? a : b).issue(root, sessionEnd);
      expect(await (i % 2 ? b : a).redeem(ticket)).toStrictEqual({
        principal: root,
        sessionExpiresAt: sessionEnd,
      });
      expect(await a.redeem(ticket)).toBeNull();
      expect(await b.redeem(ticket)).toBeNull();
    }
  });
});

describe('parseStoredTicket', () => {
  it('reads what the store writes and nothing else', () => {
    const value = { v: 1, username: 'alice', plan: 'pro', sessionExpiresAt: 1_764_000_000_000 };
    expect(parseStoredTicket(JSON.stringify(value))).toStrictEqual({
      principal: alice,
      sessionExpiresAt: value.sessionExpiresAt,
    });
    expect(parseStoredTicket(JSON.stringify({ ...value, role: 'admin' }))?.principal.role).toBe(
      'admin',
    );
    for (const bad of [
      null,
      42,
      Buffer.from(JSON.stringify(value)),
      '[]',
      'null',
      JSON.stringify({ ...value, v: 2 }),
      JSON.stringify({ ...value, username: '<script>' }),
      JSON.stringify({ ...value, role: 'root' }),
      JSON.stringify({ ...value, sessionExpiresAt: '1764000000000' }),
      JSON.stringify({ ...value, pad: 'x'.repeat(2000) }),
    ]) {
      expect(parseStoredTicket(bad)).toBeNull();
    }
  });
});
