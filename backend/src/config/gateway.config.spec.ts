import { ConfigError, EnvReader } from '@tickwire/config';
import { readGatewayConfig } from './gateway.config';

function read(env: Record<string, string>) {
  const reader = new EnvReader(env);
  const config = readGatewayConfig(reader);
  reader.assertValid();
  return config;
}

describe('readGatewayConfig', () => {
  it('defaults to the documented values', () => {
    expect(read({})).toEqual(
      expect.objectContaining({
        heartbeatMs: 5000,
        throttle: { defaultMs: 250, minMs: 50, maxMs: 60_000 },
        maxSubscriptions: 2_000,
        maxSymbolsPerRequest: 500,
        messagesPerSecond: 50,
        messageBurst: 100,
        maxPayloadBytes: 65_536,
        pingIntervalMs: 15_000,
        pingTimeoutMs: 30_000,
        highWatermarkBytes: 1024 * 1024,
        lowWatermarkBytes: 256 * 1024,
        slowConsumerGraceMs: 10_000,
        flushIntervalMs: 10,
      }),
    );
  });

  it('names every bad variable and what is allowed', () => {
    expect(() =>
      read({
        THROTTLE_MIN_MS: '500',
        THROTTLE_MAX_MS: '100',
        WS_LOW_WATERMARK_BYTES: '2000000',
        HEARTBEAT_MS: 'often',
      }),
    ).toThrow(
      new ConfigError(
        [
          'THROTTLE_MIN_MS must be at most THROTTLE_MAX_MS (100) (got "500")',
          'WS_LOW_WATERMARK_BYTES must be below WS_HIGH_WATERMARK_BYTES (1048576) (got "2000000")',
          'HEARTBEAT_MS must be an integer from 100 to 600000 (got "often")',
        ].join('; '),
      ),
    );
  });

  it('does not judge THROTTLE_DEFAULT_MS against an impossible range', () => {
    expect(() => read({ THROTTLE_MIN_MS: '70000' })).toThrow(
      new ConfigError('THROTTLE_MIN_MS must be at most THROTTLE_MAX_MS (60000) (got "70000")'),
    );
  });
});
