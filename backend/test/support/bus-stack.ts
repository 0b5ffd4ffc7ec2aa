import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import { type TestApp, startTestApp } from './test-app';

/** One AUTH_SECRET for every gateway of a test, as a deployment shares it. */
export const SHARED_SECRET = randomBytes(32).toString('base64url');

/** A gateway in this process fed through Redis (`FEED_SOURCE=redis`). */
export function startBusGateway(bus: Record<string, string>, env: Record<string, string> = {}) {
  return startTestApp({
    FEED_SOURCE: 'redis',
    AUTH_SECRET: SHARED_SECRET,
    FEED_RELEASE_AFTER_MS: '500',
    ...bus,
    ...env,
  });
}

/** Resolves once the gateway serves live data (`/ready` is 200). */
export async function waitReady(app: TestApp, timeoutMs = 20_000): Promise<void> {
  await waitFor(async () => (await fetch(`${app.url}/ready`)).status === 200, timeoutMs, '/ready');
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs one Redis command on a short-lived connection (for assertions on the bus itself). */
export async function redisCommand(url: string, args: string[]): Promise<unknown> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await client.sendCommand(args);
  } finally {
    client.destroy();
  }
}
