import { ConnectionState } from './connection-state';
import { type Connection } from './connection';
import { useConnectionRig, settle } from './testing/connection-rig';
import { type FakeApi, type FakeWindow, LIMITS, hello } from './testing/fake-gateway';
import { type FakeSocket } from './testing/fake-socket';

describe('Connection (fake timers, fake socket)', () => {
  let api: FakeApi;
  let sockets: FakeSocket[];
  let win: FakeWindow;
  let service: Connection;

  const rig = useConnectionRig();
  beforeEach(() => ({ api, sockets, win, service } = rig));
  const current = () => sockets[sockets.length - 1];
  const openSockets = () => sockets.filter((s) => s.closedWith === null && s.readyState !== 3);

  async function goLive(epoch = 'e1'): Promise<FakeSocket> {
    await settle();
    const socket = current();
    socket.receive(hello(epoch));
    expect(service.state()).toBe(ConnectionState.Live);
    return socket;
  }

  it('signs in as a guest, opens one socket with a fresh ticket and goes live on hello', async () => {
    service.start();
    expect(service.state()).toBe(ConnectionState.Connecting);
    await settle();
    expect(api.paths()).toEqual(['/api/auth/guest', '/api/auth/ws-ticket']);
    expect(sockets).toHaveLength(1);
    expect(current().url).toBe('ws://dash.test/ws?ticket=ticket-for-token-1');
    current().receive(hello());
    expect(service.state()).toBe(ConnectionState.Live);
    expect(service.limits()).toEqual(LIMITS);
  });

  it('subscribes what was wanted before the connection existed, batched per throttle', async () => {
    service.subscribe({ channel: 'quotes', symbol: 'AAPL' }, 1000);
    service.subscribe({ channel: 'quotes', symbol: 'MSFT' }, 1000);
    service.subscribe({ channel: 'bars', symbol: 'AAPL', interval: '1m' }, 1000);
    service.start();
    const socket = await goLive();
    expect(socket.sentOps('subscribe')).toEqual([
      {
        op: 'subscribe',
        id: expect.any(String),
        channel: 'quotes',
        symbols: ['AAPL', 'MSFT'],
        throttleMs: 1000,
        align: true,
      },
      {
        op: 'subscribe',
        id: expect.any(String),
        channel: 'bars',
        interval: '1m',
        symbols: ['AAPL'],
        throttleMs: 1000,
      },
    ]);
  });

  it('treats two heartbeat periods of silence as a dead connection and reconnects', async () => {
    service.start();
    const socket = await goLive();
    // Frames keep it alive: the gateway's heartbeat after each 5 s of silence.
    for (let i = 0; i < 4; i++) {
      await jest.advanceTimersByTimeAsync(5_000);
      socket.receive({ op: 'heartbeat', t: Date.now() });
    }
    expect(service.state()).toBe(ConnectionState.Live);
    // Then nothing at all (a frozen gateway: no close event ever comes).
    await jest.advanceTimersByTimeAsync(10_000);
    expect(service.state()).toBe(ConnectionState.Live);
    await jest.advanceTimersByTimeAsync(600);
    expect(service.state()).toBe(ConnectionState.Reconnecting);
    expect(socket.closedWith).not.toBeNull();
  });

  it('asks within the limits of hello: symbols per request and the throttle range', async () => {
    for (let i = 0; i < 60; i++) service.subscribe({ channel: 'quotes', symbol: `S${i}` }, 250);
    service.start();
    await settle();
    current().receive({ ...hello(), limits: { ...LIMITS, maxSymbolsPerRequest: 25 } });
    const sent = current().sentOps('subscribe') as { symbols: string[]; throttleMs: number }[];
    expect(sent.map((request) => [request.symbols.length, request.throttleMs])).toEqual([
      [25, 1000],
      [25, 1000],
      [10, 1000],
    ]);
  });

  it('reconnects with growing full-jitter delays, a new ticket each time, one socket at a time', async () => {
    service.start();
    await settle();
    const ceilings = [500, 1000, 2000, 4000, 8000];
    for (const ceiling of ceilings) {
      const before = sockets.length;
      current().drop(1006);
      expect(service.state()).toBe(ConnectionState.Reconnecting);
      const delay = (service.retryAt() ?? 0) - Date.now();
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(ceiling);
      await jest.advanceTimersByTimeAsync(delay - 1);
      expect(sockets).toHaveLength(before);
      await jest.advanceTimersByTimeAsync(1);
      expect(sockets).toHaveLength(before + 1);
      expect(openSockets()).toHaveLength(1);
    }
    const tickets = sockets.map((s) => s.url);
    expect(new Set(tickets).size).toBe(1); // same token: the fake's ticket names the token
    expect(api.paths().filter((p) => p === '/api/auth/ws-ticket')).toHaveLength(6);
  });

  it('never waits longer than the cap', async () => {
    service.start();
    await settle();
    for (let i = 0; i < 12; i++) {
      current().drop(1006);
      const delay = (service.retryAt() ?? 0) - Date.now();
      expect(delay).toBeLessThan(30_000);
      await jest.advanceTimersByTimeAsync(delay);
    }
    expect(service.attempt()).toBe(12);
  });

  it('resets the backoff after the connection stayed up', async () => {
    service.start();
    await settle();
    current().drop(1006);
    await jest.advanceTimersByTimeAsync(500);
    current().drop(1006);
    await jest.advanceTimersByTimeAsync(1000);
    expect(service.attempt()).toBe(2);
    await goLive();
    expect(service.attempt()).toBe(0);
    await jest.advanceTimersByTimeAsync(10_000);
    current().drop(1001);
    expect(service.attempt()).toBe(1);
    expect((service.retryAt() ?? 0) - Date.now()).toBeLessThan(500);
  });

  it('restores every subscription after a reconnect (1012 service restart)', async () => {
    service.start();
    const first = await goLive();
    service.subscribe({ channel: 'quotes', symbol: 'AAPL' }, 1000);
    service.subscribe({ channel: 'quotes', symbol: 'IBM' }, 2000);
    await settle();
    expect(first.sentOps('subscribe')).toHaveLength(2);
    service.unsubscribe({ channel: 'quotes', symbol: 'IBM' });
    await settle();
    first.drop(1012);
    await jest.advanceTimersByTimeAsync(500);
    const second = await goLive();
    expect(second).not.toBe(first);
    expect(second.sentOps('subscribe')).toEqual([
      {
        op: 'subscribe',
        id: expect.any(String),
        channel: 'quotes',
        symbols: ['AAPL'],
        throttleMs: 1000,
        align: true,
      },
    ]);
  });

  it('on 4401 renews the token first, then connects with a ticket for the new token', async () => {
    service.start();
    const first = await goLive();
    expect(first.url).toContain('token-1');
    first.drop(4401);
    expect(service.state()).toBe(ConnectionState.Reconnecting);
    await jest.advanceTimersByTimeAsync(500);
    const refreshAt = api.paths().indexOf('/api/auth/refresh');
    const ticketAt = api.paths().lastIndexOf('/api/auth/ws-ticket');
    expect(refreshAt).toBeGreaterThan(-1);
    expect(ticketAt).toBeGreaterThan(refreshAt);
    expect(api.calls[ticketAt].token).toBe('token-2');
    expect(current().url).toContain('ticket-for-token-2');
  });

  it('falls back to a new guest sign-in when the ticket call refuses the token', async () => {
    service.start();
    await goLive();
    current().drop(1006);
    api.ticketStatus = 401;
    await jest.advanceTimersByTimeAsync(500);
    expect(api.paths().slice(-3)).toEqual([
      '/api/auth/ws-ticket',
      '/api/auth/guest',
      '/api/auth/ws-ticket',
    ]);
    expect(current().url).toContain('ticket-for-token-2');
  });

  it('ignores callbacks of a socket it already replaced', async () => {
    service.start();
    const first = await goLive();
    const staleClose = first.onclose;
    first.drop(1006);
    await jest.advanceTimersByTimeAsync(500);
    await goLive();
    staleClose?.({ code: 1006 } as CloseEvent);
    first.receive(hello('other'));
    expect(service.state()).toBe(ConnectionState.Live);
    expect(openSockets()).toHaveLength(1);
  });

  it('stops trying while offline and connects at once when back online', async () => {
    service.start();
    await goLive();
    win.dispatchEvent(new Event('offline'));
    expect(service.state()).toBe(ConnectionState.Offline);
    expect(openSockets()).toHaveLength(0);
    const count = sockets.length;
    await jest.advanceTimersByTimeAsync(120_000);
    expect(sockets).toHaveLength(count);
    win.dispatchEvent(new Event('online'));
    expect(service.state()).toBe(ConnectionState.Connecting);
    await settle();
    expect(sockets).toHaveLength(count + 1);
  });

  it('a connection attempt that never gets hello times out and retries', async () => {
    service.start();
    await settle();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(service.state()).toBe(ConnectionState.Reconnecting);
    expect(sockets[0].closedWith).toBe(1000);
  });

  it('tells listeners when the epoch changed', async () => {
    const epochs: string[] = [];
    service.onEpochChange((epoch) => epochs.push(epoch));
    service.start();
    const first = await goLive('e1');
    first.drop(1012);
    await jest.advanceTimersByTimeAsync(500);
    await goLive('e1');
    current().drop(1012);
    await jest.advanceTimersByTimeAsync(1000);
    await goLive('e2');
    expect(epochs).toEqual(['e2']);
  });

  it('measures the round trip with ping', async () => {
    service.start();
    const socket = await goLive();
    const ping = socket.sentOps('ping')[0];
    jest.advanceTimersByTime(42);
    socket.receive({ op: 'pong', id: ping['id'], t: ping['t'], serverTime: Date.now() });
    expect(service.rttMs()).toBe(42);
  });

  it('retryNow skips the remaining backoff', async () => {
    service.start();
    await settle();
    for (let i = 0; i < 6; i++) {
      current().drop(1006);
      await jest.advanceTimersByTimeAsync((service.retryAt() ?? 0) - Date.now());
    }
    current().drop(1006);
    const count = sockets.length;
    service.retryNow();
    await settle();
    expect(sockets).toHaveLength(count + 1);
  });
});
