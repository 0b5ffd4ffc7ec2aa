import { TestBed } from '@angular/core/testing';
import { type ServerMessage } from '@tickwire/protocol';
import { sampleQuote } from '@tickwire/protocol/testing';
import { Settings } from '../settings/settings';
import { ConnectionState } from './connection-state';
import { settle, useConnectionRig } from './testing/connection-rig';
import { hello } from './testing/fake-gateway';

describe('Connection wire encodings (fake timers, fake socket)', () => {
  const rig = useConnectionRig();
  const current = () => rig.sockets[rig.sockets.length - 1];

  const update = {
    op: 'update',
    channel: 'quotes',
    t: 1764043200503,
    data: [sampleQuote(0), sampleQuote(1)],
  } as const;

  function received(): ServerMessage[] {
    const messages: ServerMessage[] = [];
    rig.service.listen((message) => messages.push(message));
    return messages;
  }

  it('offers MessagePack first and speaks it in both directions once the server selects it', async () => {
    const messages = received();
    rig.service.subscribe({ channel: 'quotes', symbol: 'AAPL' }, 1000);
    rig.service.start();
    await settle();
    const socket = current();
    expect(socket.offered).toEqual(['tickwire.v1.msgpack', 'tickwire.v1.json']);
    expect(socket.binaryType).toBe('arraybuffer');
    socket.protocol = 'tickwire.v1.msgpack';
    socket.receive(hello(), 'binary');
    expect(rig.service.encoding()).toBe('msgpack');
    await settle();
    expect(socket.sentKinds.length).toBeGreaterThan(0);
    expect(new Set(socket.sentKinds)).toEqual(new Set(['binary']));
    expect(socket.sentOps('subscribe')[0]).toMatchObject({
      channel: 'quotes',
      symbols: ['AAPL'],
    });
    socket.receive(update, 'binary');
    expect(messages.at(-1)).toStrictEqual(JSON.parse(JSON.stringify(update)));
    expect(rig.service.updatesReceived).toBe(2);
  });

  it('speaks JSON when the setting asks for it', async () => {
    TestBed.inject(Settings).wireEncoding.set('json');
    rig.service.start();
    await settle();
    expect(current().offered).toEqual(['tickwire.v1.json']);
    current().protocol = 'tickwire.v1.json';
    current().receive(hello());
    expect(rig.service.encoding()).toBe('json');
    rig.service.subscribe({ channel: 'quotes', symbol: 'AAPL' }, 1000);
    await settle();
    expect(new Set(current().sentKinds)).toEqual(new Set(['text']));
  });

  it.each([
    ['selected no protocol', ''],
    ['echoed MessagePack but sent a text hello', 'tickwire.v1.msgpack'],
  ])('falls back to JSON with a gateway that %s', async (_case, protocol) => {
    const messages = received();
    rig.service.start();
    await settle();
    current().protocol = protocol;
    current().receive(hello());
    expect(rig.service.encoding()).toBe('json');
    rig.service.subscribe({ channel: 'quotes', symbol: 'AAPL' }, 1000);
    await settle();
    expect(new Set(current().sentKinds)).toEqual(new Set(['text']));
    current().receive(update);
    expect(messages.at(-1)).toStrictEqual(JSON.parse(JSON.stringify(update)));
  });

  it('drops an unreadable binary frame and stays live', async () => {
    const messages = received();
    rig.service.start();
    await settle();
    current().protocol = 'tickwire.v1.msgpack';
    current().receive(hello(), 'binary');
    const before = messages.length;
    current().receiveRaw(Uint8Array.of(0x93, 0x01, 0xcf, 0x00).buffer);
    current().receiveRaw(
      Uint8Array.of(0x81, 0xa9, ...new TextEncoder().encode('__proto__'), 0x01).buffer,
    );
    expect(messages).toHaveLength(before);
    expect(rig.service.state()).toBe(ConnectionState.Live);
    expect(({} as Record<string, unknown>)['op']).toBeUndefined();
  });

  it('reconnects with the new offer when the setting changes while live', async () => {
    rig.service.start();
    await settle();
    current().receive(hello());
    TestBed.inject(Settings).wireEncoding.set('json');
    TestBed.tick();
    await settle();
    expect(rig.sockets).toHaveLength(2);
    expect(rig.sockets[0].closedWith).toBe(1000);
    expect(current().offered).toEqual(['tickwire.v1.json']);
  });
});
