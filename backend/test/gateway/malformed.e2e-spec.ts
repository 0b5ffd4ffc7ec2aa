import { waitFor } from '@tickwire/testing';
import { CloseCode, ErrorCode } from '@tickwire/protocol';
import WebSocket from 'ws';
import { setTimeout as sleep } from 'node:timers/promises';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { connectClient } from '../support/ws-client';

/** Many kinds of bad frames, each with the error code it must get. */
function malformed(i: number): [string, ErrorCode] {
  const kinds: [string, ErrorCode][] = [
    [`{"op":"subscribe"`, ErrorCode.BadRequest],
    ['null', ErrorCode.BadRequest],
    [String(i), ErrorCode.BadRequest],
    [`"${'x'.repeat(i % 50)}"`, ErrorCode.BadRequest],
    ['[]', ErrorCode.BadRequest],
    [`{"id":"m${i}"}`, ErrorCode.BadRequest],
    [`{"op":42,"id":"m${i}"}`, ErrorCode.BadRequest],
    [`{"op":"explode","id":"m${i}"}`, ErrorCode.UnknownOp],
    [`{"op":"subscribe","id":"m${i}","channel":"quotes"}`, ErrorCode.BadRequest],
    [`{"op":"subscribe","id":"m${i}","channel":"quotes","symbols":[${i}]}`, ErrorCode.BadRequest],
    [
      `{"op":"subscribe","id":"m${i}","channel":"quotes","symbols":["NOPE${i % 100}"]}`,
      ErrorCode.UnknownSymbol,
    ],
    [
      `{"op":"subscribe","id":"m${i}","channel":"bars","interval":"7m","symbols":["AAPL"]}`,
      ErrorCode.BadRequest,
    ],
    [`{"op":"unsubscribe","id":"m${i}","channel":"quotes","symbols":{}}`, ErrorCode.BadRequest],
    [`{"op":"ping","id":"m${i}","t":"yesterday"}`, ErrorCode.BadRequest],
    [
      `{"op":"subscribe","id":{"nested":true},"channel":"quotes","symbols":["AAPL"]}`,
      ErrorCode.BadRequest,
    ],
    ['\u0000\u0001\u0002', ErrorCode.BadRequest],
    [`{"__proto__":{"op":"ping"}}`, ErrorCode.BadRequest],
  ];
  return kinds[i % kinds.length];
}

describe('hostile input', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    // A rate limit high enough to send 1,000 frames in a few seconds while staying under it.
    app = await startTestApp({ WS_MESSAGES_PER_SECOND: '400', WS_MESSAGE_BURST: '100' });
    token = await demoToken(app.url);
  });

  afterAll(() => app.close());

  it('answers each of 1,000 malformed frames, paced under the rate limit, and keeps serving', async () => {
    const client = await connectClient(app.wsUrl, token);
    const expected: ErrorCode[] = [];
    for (let i = 0; i < 1000; i++) {
      const [frame, code] = malformed(i);
      client.send(frame);
      expected.push(code);
      if (i % 25 === 24) await sleep(100);
    }
    await client.request({ op: 'ping', id: 'after' }, 'pong');
    const errors = client.frames.filter((f) => f.msg.op === 'error').map((f) => f.msg.code);
    expect(errors).toEqual(expected);
    expect(client.ws.readyState).toBe(WebSocket.OPEN);
    const subscribed = await client.request(
      { op: 'subscribe', id: 'ok', channel: 'quotes', symbols: ['AAPL'] },
      'subscribed',
    );
    expect(subscribed.symbols).toEqual(['AAPL']);
    await client.close();
  }, 30_000);

  it('answers a flood with RATE_LIMITED, then closes it with 1008, while others are served', async () => {
    const bystander = await connectClient(app.wsUrl, token);
    await bystander.request(
      {
        op: 'subscribe',
        id: 'b',
        channel: 'quotes',
        symbols: ['AAPL', 'BTC-USD'],
        throttleMs: 100,
      },
      'subscribed',
    );
    const flooder = await connectClient(app.wsUrl, token);
    for (let i = 0; i < 3000 && flooder.ws.readyState === WebSocket.OPEN; i++) {
      flooder.send({ op: 'ping', id: `f${i}` });
    }
    const closed = await flooder.closed;
    expect(closed).toEqual({ code: CloseCode.PolicyViolation, reason: 'rate limit exceeded' });
    const limited = flooder.frames.filter(
      (f) => f.msg.op === 'error' && f.msg.code === ErrorCode.RateLimited,
    );
    expect(limited.length).toBeGreaterThan(0);
    const before = bystander.updates().length;
    expect((await bystander.request({ op: 'ping', id: 'still' }, 'pong')).id).toBe('still');
    await waitFor(() => bystander.updates().length > before, 5000, 'an update for the bystander');
    await bystander.close();
  });

  it('gives each request dropped by the rate limit its RATE_LIMITED error with its id', async () => {
    const client = await connectClient(app.wsUrl, token);
    const ids = Array.from({ length: 160 }, (_, i) => `p${i}`);
    // Nested and escaped decoys: only the top-level id is the request's.
    for (const id of ids)
      client.send(`{"op":"ping","x":{"id":"decoy"},"s":"\\"id\\":1","id":"${id}"}`);
    await client.next((m) => m.id === ids[ids.length - 1]);
    const replies = client.frames.filter((f) => f.msg.op === 'pong' || f.msg.op === 'error');
    const limited = replies.filter((f) => f.msg.code === ErrorCode.RateLimited);
    expect(limited.length).toBeGreaterThan(20);
    expect(replies.map((f) => f.msg.id)).toEqual(ids);
    await client.close();
  });
});
