import { type GatewayProcess, startGateway } from '@tickwire/testing';
import { TS_NODE_ARGS } from './node-process';
import { TEST_ENV } from './test-app';

export type { GatewayProcess };

/** Runs backend/src/main.ts in its own process (ts-node, as `nx serve` does), until `listening on`. */
export function spawnGateway(
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<GatewayProcess> {
  return startGateway({
    entry: 'backend/src/main.ts',
    nodeArgs: TS_NODE_ARGS,
    env: { TS_NODE_PROJECT: 'backend/tsconfig.app.json', ...TEST_ENV, LOG_LEVEL: 'log', ...env },
    timeoutMs,
  });
}
