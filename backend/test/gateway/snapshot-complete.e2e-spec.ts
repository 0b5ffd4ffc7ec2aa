import { type Quote } from '@tickwire/protocol';
import { type TestApp, TEST_ENV, startTestApp } from '../support/test-app';
import { demoToken } from '../support/tokens';
import { connectClient } from '../support/ws-client';

const SYMBOLS = TEST_ENV['FEED_SYMBOLS'].split(',');

describe('a quotes snapshot holds every accepted symbol', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A feed that never trades: every symbol is as it was at start.
    app = await startTestApp({ FEED_TICKS_PER_SECOND: '0' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('even symbols that have not traded: a reference quote at the last price, seq 0', async () => {
    const client = await connectClient(app.wsUrl, await demoToken(app.url));
    await client.request(
      { op: 'subscribe', id: 's', channel: 'quotes', symbols: SYMBOLS },
      'subscribed',
    );
    const snapshot = (await client.nextOp('snapshot')).msg.data as Quote[];
    expect(snapshot.map((quote) => quote.symbol).sort()).toEqual([...SYMBOLS].sort());
    for (const quote of snapshot) {
      expect(quote).toEqual(
        expect.objectContaining({ seq: 0, lastSize: 0, status: 'trading', bid: quote.last }),
      );
      expect(quote.last).toBeGreaterThan(0);
    }
    await client.close();
  });
});
