import { BusMessageError } from './bus-message.error';
import {
  decodeFeedInfo,
  decodeSnapshot,
  decodeSymbolMessage,
  encodeSnapshot,
  encodeTicksMessage,
} from './codec';

const tick = {
  symbol: 'AAPL',
  seq: 7,
  ts: 1_700_000_000_123,
  bid: 10.01,
  ask: 10.02,
  last: 10.02,
  lastSize: 3,
  volume: 30,
  open: 10,
  high: 10.05,
  low: 9.99,
  prevClose: 9.9,
};
const bar = {
  symbol: 'AAPL',
  time: 1_700_000_000,
  open: 10,
  high: 10.05,
  low: 9.99,
  close: 10.02,
  volume: 30,
};

describe('bus codec', () => {
  it('round-trips ticks and a symbol state exactly', () => {
    expect(decodeSymbolMessage('AAPL', encodeTicksMessage('e1', [tick]))).toEqual({
      epoch: 'e1',
      ticks: [tick],
    });
    const snapshot = { epoch: 'e1', tick, halted: true, bars: [bar, undefined, bar] };
    expect(decodeSnapshot('AAPL', encodeSnapshot(snapshot))).toEqual({
      ...snapshot,
      symbol: 'AAPL',
    });
  });

  it.each([
    ['not json', 'symbol message: not JSON: not json'],
    ['[1,2]', 'symbol message: not a JSON object'],
    ['{"t":[]}', '"e" (epoch) must be a non-empty string'],
    ['{"e":"x","t":[]}', 'symbol message: "t" is empty'],
    ['{"e":"x","t":[[1,2,3]]}', 'tick of AAPL: not 11 finite numbers'],
    [
      '{"e":"x","t":[[0,1,1,1,1,1,1,1,1,1,1]]}',
      'tick of AAPL: seq must be an integer of at least 1',
    ],
    [
      '{"e":"x","t":[[1.5,1,1,1,1,1,1,1,1,1,1]]}',
      'tick of AAPL: seq must be an integer of at least 1',
    ],
    ['{"e":"x","s":"crashed","ts":1}', 'symbol message: neither ticks "t" nor a status "s"'],
    ['{"e":"x","s":"halted"}', '"ts" must be a finite number'],
  ])('refuses %s with a precise message', (text, message) => {
    expect(() => decodeSymbolMessage('AAPL', text)).toThrow(new BusMessageError(message));
  });

  it('refuses a catalog entry that is not an instrument', () => {
    const info = JSON.stringify({
      e: 'x',
      startedAt: 1,
      instruments: [
        {
          symbol: 'aapl!',
          name: 'x',
          assetClass: 'equity',
          currency: 'USD',
          tickSize: 0.01,
          lotSize: 1,
          tier: 'pro',
        },
      ],
    });
    expect(() => decodeFeedInfo(info)).toThrow(/feed info: malformed instrument/);
  });
});
