import { TestBed } from '@angular/core/testing';
import { type Bar } from '@tickwire/protocol';
import { FETCH, NOW } from '../../shared/platform';
import { Auth } from '../auth/auth';
import { SessionHistory, sessionHistoryRequest, sessionSamples } from './session-history';

const DAY = Date.UTC(2026, 11, 1);
const MINUTE = 60_000;

function bar(time: number, open: number, close: number): Bar {
  return { symbol: 'AAPL', time: time / 1_000, open, high: close, low: open, close, volume: 1 };
}

describe('sessionHistoryRequest', () => {
  it('asks for 1m bars back to the UTC midnight early in the day', () => {
    expect(sessionHistoryRequest(DAY + 90 * MINUTE + 30_000)).toEqual({
      sessionStart: DAY,
      interval: '1m',
      intervalMs: MINUTE,
      limit: 91,
    });
  });

  it('asks for 5m bars once 1m bars would be more than the sparkline holds', () => {
    expect(sessionHistoryRequest(DAY + 10 * 60 * MINUTE + 25 * MINUTE)).toEqual({
      sessionStart: DAY,
      interval: '5m',
      intervalMs: 5 * MINUTE,
      limit: 126,
    });
    expect(sessionHistoryRequest(DAY + 24 * 60 * MINUTE - 1).limit).toBe(288);
  });
});

describe('sessionSamples', () => {
  it("starts at the first bar's open and follows each close, leaving out the previous day", () => {
    const bars = [
      bar(DAY - MINUTE, 9, 10),
      bar(DAY, 10, 11),
      bar(DAY + MINUTE, 11, 12),
      bar(DAY + 2 * MINUTE, 12, 13),
    ];
    expect(sessionSamples(bars, MINUTE, DAY)).toEqual([
      { time: DAY, price: 10 },
      { time: DAY + MINUTE, price: 11 },
      { time: DAY + 2 * MINUTE, price: 12 },
      { time: DAY + 3 * MINUTE, price: 13 },
    ]);
  });

  it('is empty without bars of the session', () => {
    expect(sessionSamples([bar(DAY - MINUTE, 9, 10)], MINUTE, DAY)).toEqual([]);
    expect(sessionSamples([], MINUTE, DAY)).toEqual([]);
  });
});

/** The part of a fetch Response that readJson reads (jsdom has no Response). */
function answer(status: number, body: unknown): Promise<Response> {
  return Promise.resolve({
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    json: () => Promise.resolve(body),
  } as Response);
}

describe('SessionHistory', () => {
  function setUp(answer: () => Promise<Response>) {
    const fetch = jest.fn((_url: string, _init?: RequestInit) => answer());
    TestBed.configureTestingModule({
      providers: [
        { provide: FETCH, useValue: fetch },
        { provide: NOW, useValue: () => DAY + 2 * MINUTE + 10_000 },
        { provide: Auth, useValue: { accessToken: () => 'token-1' } },
      ],
    });
    return { history: TestBed.inject(SessionHistory), fetch };
  }

  it('asks /api/history with the bearer token and turns the bars into samples', async () => {
    const bars = [bar(DAY, 10, 11), bar(DAY + MINUTE, 11, 12), bar(DAY + 2 * MINUTE, 12, 12.5)];
    const { history, fetch } = setUp(() =>
      answer(200, { symbol: 'EUR/USD', interval: '1m', data: bars }),
    );
    const samples = await history.samples('EUR/USD');
    expect(fetch).toHaveBeenCalledWith('/api/history/EUR%2FUSD?interval=1m&limit=3', {
      headers: { authorization: 'Bearer token-1' },
      credentials: 'same-origin',
    });
    expect(samples.map((sample) => sample.price)).toEqual([10, 11, 12, 12.5]);
  });

  it('rejects an error answer', async () => {
    const { history } = setUp(() => answer(403, { message: 'forbidden' }));
    await expect(history.samples('SPX')).rejects.toThrow('forbidden');
  });
});
