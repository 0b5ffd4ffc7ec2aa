import { type ServerMessage } from '@tickwire/protocol';
import { sampleBar, sampleQuote, sampleQuotes } from '@tickwire/protocol/testing';

/** The frames a gateway sends most: an update of 50 quotes, an update of bars, a big snapshot. */
export function codecPayloads(): { name: string; message: ServerMessage }[] {
  return [
    {
      name: 'update, 50 quotes',
      message: { op: 'update', channel: 'quotes', t: 1764043200503, data: sampleQuotes(50) },
    },
    {
      name: 'update, 20 bars',
      message: {
        op: 'update',
        channel: 'bars',
        interval: '1m',
        t: 1764043200503,
        data: Array.from({ length: 20 }, (_, i) => sampleBar(i, sampleQuote(i).symbol)),
      },
    },
    {
      name: 'snapshot, 500 quotes',
      message: { op: 'snapshot', channel: 'quotes', data: sampleQuotes(500) },
    },
  ];
}
