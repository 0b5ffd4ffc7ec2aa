/** How long and how large each scenario runs: `quick` (npm run bench) or `full` (--full). */
export interface Profile {
  name: 'quick' | 'full';
  seed: number;
  symbolCount: number;
  ticksPerSecondPerSymbol: number;
  /** Feed-only time before any client connects: the idle CPU and RSS baseline. */
  idleMs: number;
  s1: {
    connections: number;
    symbolsPerConnection: number;
    throttleMs: number;
    clientProcesses: number;
    warmupMs: number;
    windowMs: number;
  };
  s3: { pausedConnections: number; windowMs: number; connectDeadlineMs: number };
  s2: {
    connections: number;
    symbolsPerConnection: number;
    throttleMs: number;
    clientProcesses: number;
    settleMs: number;
    windowMs: number;
  };
  /** decodeRounds: rounds of binary, JSON, JSON, binary readings of issue 14's comparison. */
  browser: { symbolCounts: number[]; windowMs: number; heapWindowMs: number; decodeRounds: number };
  /** The reconnect storm: clients that follow protocol.md's recipe across a gateway restart. */
  storm: { clients: number; recoveryLimitMs: number };
}

const common = {
  seed: 20261125,
  symbolCount: 500,
  ticksPerSecondPerSymbol: 20,
};

export const QUICK: Profile = {
  name: 'quick',
  ...common,
  idleMs: 1500,
  s1: {
    connections: 1000,
    symbolsPerConnection: 25,
    throttleMs: 100,
    clientProcesses: 2,
    warmupMs: 1500,
    windowMs: 5000,
  },
  s3: { pausedConnections: 100, windowMs: 8000, connectDeadlineMs: 15_000 },
  s2: {
    connections: 1000,
    symbolsPerConnection: 10,
    throttleMs: 1000,
    clientProcesses: 2,
    settleMs: 1500,
    windowMs: 3000,
  },
  browser: { symbolCounts: [50, 200, 1_000], windowMs: 3000, heapWindowMs: 6000, decodeRounds: 1 },
  storm: { clients: 1000, recoveryLimitMs: 120_000 },
};

export const FULL: Profile = {
  name: 'full',
  ...common,
  idleMs: 5000,
  s1: {
    connections: 1000,
    symbolsPerConnection: 25,
    throttleMs: 100,
    clientProcesses: 2,
    warmupMs: 5000,
    windowMs: 30_000,
  },
  // Longer than the gateway's slow-consumer grace (10 s) plus the time the kernel buffers take to fill.
  s3: { pausedConnections: 100, windowMs: 40_000, connectDeadlineMs: 60_000 },
  s2: {
    connections: 10_000,
    symbolsPerConnection: 10,
    throttleMs: 1000,
    clientProcesses: 4,
    settleMs: 5000,
    windowMs: 20_000,
  },
  browser: {
    symbolCounts: [25, 50, 100, 200, 400, 1_000, 2_000],
    windowMs: 15_000,
    heapWindowMs: 300_000,
    decodeRounds: 3,
  },
  storm: { clients: 5000, recoveryLimitMs: 150_000 },
};

/** The gateway's default SLOW_CONSUMER_GRACE_MS, which the bench keeps. */
export const SLOW_CONSUMER_GRACE_MS = 10_000;

/**
 * Why S3's goals cannot be judged in this profile, or null when they can: a window that ends
 * before the grace (plus the close timeout and a sweep) has closed no paused reader yet, so it
 * neither sees the closes nor the memory they give back.
 */
export function s3NotJudged(profile: Profile): string | null {
  return profile.s3.windowMs < SLOW_CONSUMER_GRACE_MS + 2000
    ? `not judged in ${profile.name} mode: S3's ${profile.s3.windowMs / 1000} s window ends before the ${SLOW_CONSUMER_GRACE_MS / 1000} s slow-consumer grace`
    : null;
}
