import * as v from 'valibot';
import {
  AuthRequestSchema,
  ClientFrameSchema,
  ClientMessageSchema,
  LoginRequestSchema,
  PingRequestSchema,
  SubscribeRequestSchema,
  SymbolSchema,
  UnsubscribeRequestSchema,
  UserEntrySchema,
  UsersFileSchema,
  HistoryQuerySchema,
} from './schemas';

/** The keys of the issues of an invalid value, for precise failure messages. */
function issuesOf(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value);
  return (result.issues ?? []).map((issue) => v.getDotPath(issue) ?? '(root)');
}

/** JSON text keeps `__proto__` as an own key, as a frame from the network does. */
const json = (text: string): unknown => JSON.parse(text);

describe('client messages', () => {
  it.each([
    { op: 'subscribe', id: 'r1', channel: 'quotes', symbols: ['AAPL', 'MSFT'], throttleMs: 250 },
    { op: 'subscribe', channel: 'quotes', symbols: ['EUR/USD'], align: true },
    { op: 'subscribe', channel: 'bars', interval: '1m', symbols: ['AAPL'], historyLimit: 300 },
    { op: 'unsubscribe', id: 'r3', channel: 'quotes', symbols: ['AAPL'] },
    { op: 'unsubscribe', channel: 'bars', interval: '5m', symbols: ['BRK.B'] },
    { op: 'ping', id: 'r4', t: 1764043200000 },
    { op: 'ping' },
    { op: 'auth', id: 'r5', token: 'eyJ' },
  ])('accepts %j', (message) => {
    expect(issuesOf(ClientMessageSchema, message)).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['an unknown op', { op: 'dance' }, ['op']],
    ['a subscribe without channel', { op: 'subscribe', symbols: ['AAPL'] }, ['channel']],
    ['bars without interval', { op: 'subscribe', channel: 'bars', symbols: ['A'] }, ['interval']],
    [
      'a bad interval',
      { op: 'unsubscribe', channel: 'bars', interval: '1h', symbols: ['A'] },
      ['interval'],
    ],
    ['empty symbols', { op: 'subscribe', channel: 'quotes', symbols: [] }, ['symbols']],
    ['symbols as a string', { op: 'subscribe', channel: 'quotes', symbols: 'AAPL' }, ['symbols']],
    [
      'malformed symbols',
      { op: 'subscribe', channel: 'quotes', symbols: ['A', 'a', 7] },
      ['symbols.1', 'symbols.2'],
    ],
    [
      'a string throttle',
      { op: 'subscribe', channel: 'quotes', symbols: ['A'], throttleMs: '250' },
      ['throttleMs'],
    ],
    [
      'a null throttle',
      { op: 'subscribe', channel: 'quotes', symbols: ['A'], throttleMs: null },
      ['throttleMs'],
    ],
    [
      'an align that is not boolean',
      { op: 'subscribe', channel: 'quotes', symbols: ['A'], align: 1 },
      ['align'],
    ],
    [
      'a bad historyLimit',
      { op: 'subscribe', channel: 'bars', interval: '1s', symbols: ['A'], historyLimit: 'all' },
      ['historyLimit'],
    ],
    ['a ping with a string t', { op: 'ping', t: 'now' }, ['t']],
    ['an empty token', { op: 'auth', token: '' }, ['token']],
    ['a numeric token', { op: 'auth', token: 42 }, ['token']],
    ['a long id', { op: 'ping', id: 'x'.repeat(65) }, ['id']],
    ['an empty id', { op: 'ping', id: '' }, ['id']],
    ['no object at all', 'subscribe', ['(root)']],
  ])('refuses %s', (_name, message, paths) => {
    expect(issuesOf(ClientMessageSchema, message)).toEqual(paths);
  });

  it('ignores fields that quotes do not use, as the gateway always did', () => {
    const message = {
      op: 'subscribe',
      channel: 'quotes',
      symbols: ['A'],
      interval: 'x',
      historyLimit: 'y',
    };
    expect(v.parse(SubscribeRequestSchema, message)).toEqual({
      op: 'subscribe',
      channel: 'quotes',
      symbols: ['A'],
    });
  });

  it('drops unknown fields, __proto__ and constructor keys included, without touching prototypes', () => {
    const message = json(
      '{"op":"ping","t":1,"extra":true,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    );
    const output = v.parse(PingRequestSchema, message);
    expect(output).toEqual({ op: 'ping', t: 1 });
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads no field from a __proto__ key', () => {
    const message = json('{"op":"auth","__proto__":{"token":"stolen"}}');
    expect(issuesOf(AuthRequestSchema, message)).toEqual(['token']);
  });

  it('checks the frame before its op: id first, then op', () => {
    expect(issuesOf(ClientFrameSchema, { op: 'x', id: 5 })).toEqual(['id']);
    expect(issuesOf(ClientFrameSchema, { op: '' })).toEqual(['op']);
    expect(issuesOf(ClientFrameSchema, { id: 'r1', op: 'anything' })).toEqual([]);
  });

  it('reports fields in the order the gateway names them', () => {
    const message = { op: 'subscribe', channel: 'quotes', symbols: 5, throttleMs: 'x', align: 'y' };
    expect(issuesOf(SubscribeRequestSchema, message)).toEqual(['symbols', 'throttleMs', 'align']);
    expect(issuesOf(UnsubscribeRequestSchema, { op: 'unsubscribe', channel: 'x' })).toEqual([
      'channel',
    ]);
  });

  it.each(['AAPL', 'BRK.B', 'EUR/USD', 'NYSE:IBM'])('takes the symbol %s', (symbol) => {
    expect(v.is(SymbolSchema, symbol)).toBe(true);
  });
});

describe('login body', () => {
  it('accepts a username and a password, and drops the rest', () => {
    expect(v.parse(LoginRequestSchema, { username: 'demo', password: 'demo', extra: 1 })).toEqual({
      username: 'demo',
      password: 'demo',
    });
  });

  it.each<[unknown, string[]]>([
    [{ username: '', password: 'x' }, ['username']],
    [{ username: 'u'.repeat(65), password: 'x' }, ['username']],
    [{ username: 'demo', password: 'p'.repeat(1025) }, ['password']],
    [{ username: 'demo' }, ['password']],
    [json('{"__proto__":{"username":"demo","password":"demo"}}'), ['username', 'password']],
    [null, ['(root)']],
  ])('refuses %j', (body, paths) => {
    expect(issuesOf(LoginRequestSchema, body)).toEqual(paths);
  });
});

describe('history query', () => {
  const schema = HistoryQuerySchema;

  it('defaults the interval and turns the limit into a number, left for the gateway to clamp', () => {
    expect(v.parse(schema, { symbol: 'AAPL' })).toEqual({ symbol: 'AAPL', interval: '1m' });
    expect(v.parse(schema, { symbol: 'AAPL', interval: '5m', limit: '0010' })).toEqual({
      symbol: 'AAPL',
      interval: '5m',
      limit: 10,
    });
    expect(v.parse(schema, { symbol: 'AAPL', limit: '0' })).toMatchObject({ limit: 0 });
    expect(v.parse(schema, { symbol: 'AAPL', limit: '2.4' })).toMatchObject({ limit: 2.4 });
    expect(v.parse(schema, { symbol: 'AAPL', limit: '1e4' })).toMatchObject({ limit: 10_000 });
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ symbol: 'aapl' }, ['symbol']],
    [{ symbol: 'AAPL', interval: '1h' }, ['interval']],
    [{ symbol: 'AAPL', limit: 'ten' }, ['limit']],
    [{ symbol: 'AAPL', limit: '' }, ['limit']],
    [{ symbol: 'AAPL', limit: ' ' }, ['limit']],
    [{ symbol: 'AAPL', limit: 'Infinity' }, ['limit']],
    [{ symbol: 'AAPL', limit: ['5', '6'] }, ['limit']],
  ])('refuses %j', (query, paths) => {
    expect(issuesOf(schema, query)).toEqual(paths);
  });
});

describe('users file', () => {
  const hash = 'scrypt$16384$8$1$c2FsdA$a2V5';

  it('defaults the role to user', () => {
    expect(
      v.parse(UsersFileSchema, { users: [{ username: 'alice', plan: 'pro', passwordHash: hash }] }),
    ).toEqual({
      users: [{ username: 'alice', plan: 'pro', role: 'user', passwordHash: hash }],
    });
  });

  it.each<[unknown, string[]]>([
    [{ username: 'guest-1', plan: 'pro', passwordHash: hash }, ['username']],
    [{ username: 'a b', plan: 'pro', passwordHash: hash }, ['username']],
    [{ username: 'alice', plan: 'gold', passwordHash: hash }, ['plan']],
    [{ username: 'alice', plan: 'pro', role: 'root', passwordHash: hash }, ['role']],
    [{ username: 'alice', plan: 'pro' }, ['passwordHash']],
    [
      json(`{"__proto__":{"username":"alice","plan":"pro","passwordHash":"${hash}"}}`),
      ['username', 'plan', 'passwordHash'],
    ],
  ])('refuses the entry %j', (entry, paths) => {
    expect(issuesOf(UserEntrySchema, entry)).toEqual(paths);
  });

  it('needs a users array', () => {
    expect(issuesOf(UsersFileSchema, { users: {} })).toEqual(['users']);
    expect(issuesOf(UsersFileSchema, [])).toEqual(['users']);
  });
});
