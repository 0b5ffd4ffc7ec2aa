import * as fc from 'fast-check';
import { frameText } from './arbitraries';

export interface HttpCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query: string;
  /** `none`, a token name of the test (`demo`, `admin`, `garbage`), or a raw header value. */
  auth: string;
  contentType?: string;
  body?: string;
}

const symbolSegment = fc.oneof(
  fc.constantFrom('AAPL', 'EUR%2FUSD', 'BTC-USD', 'NOPE', '%ZZ', '%00', '..%2F..', '%E0%A4%A'),
  fc.string({ maxLength: 40, unit: 'binary' }).map(encodeURIComponent),
);

const endpoint = fc.oneof(
  fc.constant({ method: 'POST' as const, path: '/api/auth/login' }),
  fc.constant({ method: 'POST' as const, path: '/api/auth/guest' }),
  fc.constant({ method: 'POST' as const, path: '/api/auth/refresh' }),
  fc.constant({ method: 'POST' as const, path: '/api/auth/ws-ticket' }),
  symbolSegment.map((s) => ({ method: 'GET' as const, path: `/api/history/${s}` })),
  fc.constant({ method: 'GET' as const, path: '/api/symbols' }),
  fc.constant({ method: 'POST' as const, path: '/api/admin/scenarios' }),
  fc.constant({ method: 'GET' as const, path: '/api/admin/scenarios' }),
  fc
    .constantFrom('/api/auth/login', '/api/symbols', '/api/admin/scenarios', '/api/history/AAPL')
    .chain((path) => fc.constantFrom('PUT', 'DELETE').map((method) => ({ method, path }))),
);

const queryValue = fc.oneof(
  fc.constantFrom('1s', '1m', '5m', '7m', '', '1e400', '-1', '0', '1000', '1001', 'NaN', '0x10'),
  fc.integer().map(String),
  fc.string({ maxLength: 30, unit: 'binary' }).map(encodeURIComponent),
  fc.constantFrom('%ZZ', '%', '%00'),
);
const queryKey = fc.constantFrom(
  'interval',
  'limit',
  'interval[]',
  'limit[a]',
  '__proto__',
  '__proto__[limit]',
  'constructor[prototype][x]',
  'symbol',
);
const query = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

const loginBody = fc
  .record(
    {
      username: fc.oneof(fc.constantFrom('demo', 'admin', '', '__proto__'), fc.jsonValue()),
      password: fc.oneof(fc.constantFrom('demo', 'wrong', ''), fc.jsonValue()),
      __proto__: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
// Scenarios that stop the market (halt, stall) are left out: the watcher must keep its updates.
const scenarioBody = fc
  .record(
    {
      type: fc.oneof(
        fc.constantFrom('flash-crash', 'volatility', 'resume', 'nope'),
        fc.jsonValue(),
      ),
      symbol: fc.oneof(fc.constantFrom('AAPL', 'NOPE', ''), fc.jsonValue()),
      dropPct: fc.oneof(fc.double(), fc.jsonValue()),
      durationMs: fc.oneof(fc.integer(), fc.jsonValue()),
      multiplier: fc.oneof(fc.double(), fc.jsonValue()),
      constructor: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));

const body = fc.option(
  fc.oneof(
    loginBody,
    scenarioBody,
    frameText,
    fc.string({ maxLength: 200, unit: 'binary' }),
    fc.constantFrom('{"__proto__":{"admin":true}}', 'null', '[]', '{', '"x"', 'username=demo'),
  ),
  { nil: undefined },
);

export const httpCase: fc.Arbitrary<HttpCase> = fc
  .record({
    endpoint,
    query,
    auth: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('none', 'demo', 'admin', 'garbage') },
      {
        weight: 1,
        arbitrary: fc.string({ maxLength: 60 }).filter((s) => /^[\x21-\x7e]*$/.test(s)),
      },
    ),
    contentType: fc.option(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/json; charset=latin1',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ),
      { nil: undefined },
    ),
    body,
  })
  .map(({ endpoint: e, ...rest }) => ({
    ...rest,
    method: e.method as HttpCase['method'],
    path: e.path,
  }));
