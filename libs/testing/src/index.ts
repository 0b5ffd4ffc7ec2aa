// Node-side helpers for tests, the bench and tools: processes, browsers, statistics. Never for the
// dashboard's own code (eslint.config.mjs forbids it in frontend/src). What reads the dashboard's
// page is `@tickwire/testing/dashboard`: it needs the DOM's types, which Node projects lack.
export { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium, launchChromium } from './chromium';
export { BUILT_GATEWAY, LISTENING, startGateway } from './gateway';
export type { GatewayOptions, GatewayProcess } from './gateway';
export { percentile, percentileBucket } from './percentile';
export { REPO_ROOT, spawnWatched } from './process';
export type { WatchedProcess } from './process';
export { waitFor } from './wait';
export { FIRST_DELAY_MS, StormClient, Tally } from './storm-client';
export { StormFleet, describeDistribution } from './storm-fleet';
export type { StormRecovery } from './storm-fleet';
export { INSPECT_FLAG, forceFullGc, watchInspectorUrl } from './inspector-gc';
