import { loadConfig } from '../config/app-config';
import { MemoryTicketStore } from './ticket.store';

const alice = { username: 'alice', plan: 'pro' } as const;

describe('MemoryTicketStore', () => {
  afterEach(() => jest.useRealTimers());

  it('redeems a ticket once, then never again', async () => {
    const store = new MemoryTicketStore(loadConfig({}));
    const sessionEnd = Date.now() + 900_000;
    const { ticket } = await store.issue(alice, sessionEnd);
    expect(await store.redeem(ticket)).toEqual({ principal: alice, sessionExpiresAt: sessionEnd });
    expect(await store.redeem(ticket)).toBeNull();
  });

  it('issues unguessable tickets valid for the configured TTL, at most 30 s', async () => {
    const store = new MemoryTicketStore(loadConfig({}));
    const now = Date.now();
    const a = await store.issue(alice, now + 900_000);
    const b = await store.issue(alice, now + 900_000);
    expect(a.ticket).not.toBe(b.ticket);
    expect(Buffer.from(a.ticket, 'base64url')).toHaveLength(32);
    expect(a.expiresAt - now).toBeGreaterThan(29_000);
    expect(a.expiresAt - Date.now()).toBeLessThanOrEqual(30_000);
  });

  it('refuses a ticket after its TTL', async () => {
    jest.useFakeTimers({ now: new Date('2026-01-05T10:00:00Z') });
    const store = new MemoryTicketStore(loadConfig({ WS_TICKET_TTL: '5s' }));
    const first = await store.issue(alice, Date.now() + 900_000);
    const second = await store.issue(alice, Date.now() + 900_000);
    jest.setSystemTime(Date.now() + 4999);
    expect(await store.redeem(first.ticket)).not.toBeNull();
    jest.setSystemTime(Date.now() + 2);
    expect(await store.redeem(second.ticket)).toBeNull();
  });

  it('never outlives the access token it was bought with', async () => {
    const store = new MemoryTicketStore(loadConfig({}));
    const sessionEnd = Date.now() + 2000;
    expect((await store.issue(alice, sessionEnd)).expiresAt).toBe(sessionEnd);
  });

  it('forgets expired tickets and bounds the outstanding tickets per user', async () => {
    jest.useFakeTimers({ now: new Date('2026-01-05T10:00:00Z') });
    const store = new MemoryTicketStore(loadConfig({ WS_TICKET_TTL: '5s' }));
    const oldest = (await store.issue(alice, Date.now() + 900_000)).ticket;
    for (let i = 0; i < 40; i++) await store.issue(alice, Date.now() + 900_000);
    expect(store.size).toBe(16);
    expect(await store.redeem(oldest)).toBeNull();
    await store.issue({ username: 'bob', plan: 'guest' }, Date.now() + 900_000);
    jest.setSystemTime(Date.now() + 6000);
    await store.issue({ username: 'carol', plan: 'guest' }, Date.now() + 900_000);
    expect(store.size).toBe(1);
  });

  it('bounds the outstanding tickets in all, dropping the oldest (guests are free to mint)', async () => {
    const store = new MemoryTicketStore(loadConfig({}));
    const sessionEnd = Date.now() + 900_000;
    const issued: string[] = [];
    for (let i = 0; i < 100_010; i++) {
      issued.push(
        (await store.issue({ username: `guest-${i}`, plan: 'guest' }, sessionEnd)).ticket,
      );
    }
    expect(store.size).toBe(100_000);
    expect(await store.redeem(issued[9])).toBeNull();
    expect(await store.redeem(issued[10])).not.toBeNull();
    expect(await store.redeem(issued[100_009])).not.toBeNull();
  });
});
