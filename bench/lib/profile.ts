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
  browser: { symbolCounts: [50, 200], windowMs: 3000, heapWindowMs: 6000, decodeRounds: 1 },
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
    symbolCounts: [25, 50, 100, 200, 400],
    windowMs: 15_000,
    heapWindowMs: 300_000,
    decodeRounds: 3,
  },
};
