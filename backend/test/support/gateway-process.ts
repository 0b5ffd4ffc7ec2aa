import {
  type GatewayProcess,
  forceFullGc,
  startGateway,
  watchInspectorUrl,
} from '@tickwire/testing';
import { gaugeValue } from './gateway-memory';
import { TS_NODE_ARGS } from './node-process';
import { TEST_ENV } from './test-app';

export type { GatewayProcess };

export interface MemoryAfterGc {
  heapUsedBytes: number;
  externalBytes: number;
}

export interface InspectableGateway extends GatewayProcess {
  /** Forces a full GC through the inspector, then reads heap used and external from /metrics. */
  memoryAfterGc(): Promise<MemoryAfterGc>;
}

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

/** The same with the inspector on loopback, so that a test can force a full GC in the gateway. */
export async function spawnInspectableGateway(
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<InspectableGateway> {
  let inspectorUrl: () => string | undefined = () => undefined;
  const gateway = await startGateway({
    entry: 'backend/src/main.ts',
    nodeArgs: [...TS_NODE_ARGS, '--inspect=127.0.0.1:0'],
    onSpawn: (process) => (inspectorUrl = watchInspectorUrl(process.child.stderr)),
    env: { TS_NODE_PROJECT: 'backend/tsconfig.app.json', ...TEST_ENV, LOG_LEVEL: 'log', ...env },
    timeoutMs,
  });
  const memoryAfterGc = async () => {
    await forceFullGc(inspectorUrl());
    return {
      heapUsedBytes: await gaugeValue(gateway.url, 'tickwire_nodejs_heap_size_used_bytes'),
      externalBytes: await gaugeValue(gateway.url, 'tickwire_nodejs_external_memory_bytes'),
    };
  };
  return Object.assign(gateway, { memoryAfterGc });
}
