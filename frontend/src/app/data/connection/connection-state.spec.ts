import { type ConnectionEvent, ConnectionState, nextState } from './connection-state';

const { Idle, Connecting, Live, Reconnecting, Offline } = ConnectionState;

describe('nextState', () => {
  const cases: [ConnectionState, ConnectionEvent['type'], ConnectionState][] = [
    [Idle, 'start', Connecting],
    [Connecting, 'hello', Live],
    [Connecting, 'lost', Reconnecting],
    [Live, 'lost', Reconnecting],
    [Reconnecting, 'retry', Connecting],
    [Offline, 'retry', Connecting],
    [Live, 'offline', Offline],
    [Reconnecting, 'offline', Offline],
    [Connecting, 'offline', Offline],
    [Offline, 'online', Connecting],
    [Live, 'stop', Idle],
    [Reconnecting, 'stop', Idle],
    [Offline, 'stop', Idle],
  ];
  it.each(cases)('%s --%s--> %s', (from, event, to) => {
    expect(nextState(from, { type: event } as ConnectionEvent)).toBe(to);
  });

  const ignored: [ConnectionState, ConnectionEvent['type']][] = [
    [Idle, 'hello'],
    [Idle, 'lost'],
    [Idle, 'offline'],
    [Idle, 'online'],
    [Idle, 'retry'],
    [Live, 'hello'],
    [Live, 'start'],
    [Live, 'retry'],
    [Live, 'online'],
    [Reconnecting, 'hello'],
    [Reconnecting, 'lost'],
    [Offline, 'lost'],
    [Offline, 'hello'],
    [Connecting, 'start'],
  ];
  it.each(ignored)('%s ignores %s (late callbacks cannot move it)', (from, event) => {
    expect(nextState(from, { type: event } as ConnectionEvent)).toBe(from);
  });
});
