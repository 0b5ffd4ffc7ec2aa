import { type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedRecorder } from '../support/feed-recorder';
import { ServerFrameParser, maskedTextFrame, rawWebSocket } from '../support/raw-socket';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { connectClient } from '../support/ws-client';

describe('liveness: heartbeats and pings', () => {
  let app: TestApp;
  let token: string;
  const heartbeatMs = 300;

  beforeAll(async () => {
    app = await startTestApp({
      HEARTBEAT_MS: String(heartbeatMs),
      WS_PING_INTERVAL_MS: '200',
      WS_PING_TIMEOUT_MS: '700',
    });
    token = await demoToken(app.url);
  });

  afterAll(() => app.close());

  it('sends heartbeats while the feed stalls, and none while updates flow', async () => {
    const client = await connectClient(app.wsUrl, token);
    await client.request(
      {
        op: 'subscribe',
        id: 's',
        channel: 'quotes',
        symbols: ['AAPL', 'EUR/USD', 'BTC-USD'],
        throttleMs: 100,
      },
      'subscribed',
    );
    await sleep(1000);
    const flowing = client.frames.length;
    const recorder = new FeedRecorder(app.feed);
    app.feed.simulator.stall(2000);
    const stallStart = Date.now();
    await sleep(2000);
    recorder.stop();
    const during = client.frames
      .slice(flowing)
      .filter((f) => f.at > stallStart + 200 && f.at < stallStart + 1900);
    const beats = during.filter((f) => f.msg.op === 'heartbeat');
    expect(
      recorder.ticks.filter(
        (t) => t.arrivedAt > stallStart + 50 && t.arrivedAt < stallStart + 1900,
      ),
    ).toEqual([]);
    expect(during.filter((f) => f.msg.op === 'update')).toEqual([]);
    expect(beats.length).toBeGreaterThanOrEqual(3);
    for (const beat of beats) expect(beat.msg).toEqual({ op: 'heartbeat', t: expect.any(Number) });
    const gaps = beats.slice(1).map((b, i) => b.msg.t - beats[i].msg.t);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(heartbeatMs - 5);
    expect(
      client.frames
        .slice(0, flowing)
        .filter((f) => f.msg.op === 'heartbeat' && f.at > stallStart - 900),
    ).toEqual([]);
    await client.close();
  });

  it('keeps a peer that answers pings and terminates one that does not', async () => {
    const answering = await connectClient(app.wsUrl, token);
    const silent: Socket = await rawWebSocket(app.wsUrl, token);
    silent.resume();
    const silentClosed = new Promise<number>((resolve) =>
      silent.once('close', () => resolve(Date.now())),
    );
    const start = Date.now();
    const closedAt = await silentClosed;
    expect(closedAt - start).toBeLessThan(3000);
    expect((await answering.request({ op: 'ping', id: 'x' }, 'pong')).id).toBe('x');
    await answering.close();
  });
});

describe('liveness: a silent peer is terminated within WS_PING_TIMEOUT_MS plus one sweep', () => {
  // Pings every 2 s, timeout 2.5 s, sweep every 200 ms (HEARTBEAT_MS / 5). Checked only at ping
  // time, a peer last heard just after a ping would live until the second ping after: ~4 s.
  const pingIntervalMs = 2000;
  const pingTimeoutMs = 2500;
  const sweepMs = 200;
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      HEARTBEAT_MS: String(sweepMs * 5),
      WS_PING_INTERVAL_MS: String(pingIntervalMs),
      WS_PING_TIMEOUT_MS: String(pingTimeoutMs),
    });
  });

  afterAll(() => app.close());

  it('terminates a peer that stops answering pings by timeout + one sweep, whatever the phase', async () => {
    const silent = await rawWebSocket(app.wsUrl, await demoToken(app.url));
    const parser = new ServerFrameParser();
    let lastSentAt = 0;
    const pinged = new Promise<void>((resolve) =>
      silent.on('data', (chunk: Buffer) => {
        parser.push(chunk);
        if (lastSentAt === 0 && parser.frames.some((frame) => frame.opcode === 0x9)) {
          // Last words right after the first ping: the worst phase for a check at ping time.
          silent.write(maskedTextFrame('{"op":"ping","id":"last"}'));
          lastSentAt = Date.now();
          resolve();
        }
      }),
    );
    const closedAt = new Promise<number>((resolve) =>
      silent.once('close', () => resolve(Date.now())),
    );
    await pinged;
    const silentFor = (await closedAt) - lastSentAt;
    expect(parser.messages().some((m) => m.op === 'pong' && m.id === 'last')).toBe(true);
    expect(silentFor).toBeGreaterThanOrEqual(pingTimeoutMs - 20);
    expect(silentFor).toBeLessThanOrEqual(pingTimeoutMs + sweepMs + 400);
  }, 20_000);
});
