/** The rows of the per-server results table: what each figure is and where it comes from. */
import type { ConnectionsResult, FanOutResult } from './scenarios';
import { mb, perUpdate } from './units';

export interface ServerResults {
  fanOut?: FanOutResult;
  connections?: ConnectionsResult;
}

type Pick = (results: ServerResults) => number | null | undefined;

export const SERVER_ROWS: {
  scenario: string;
  metric: string;
  unit: string;
  lower: boolean;
  pick: Pick;
}[] = [
  {
    scenario: 'idle',
    metric: 'CPU, feed only',
    unit: '%',
    lower: true,
    pick: (r) => r.fanOut?.idle.cpuPct,
  },
  {
    scenario: 'S1',
    metric: 'delivered updates/s',
    unit: '/s',
    lower: false,
    pick: (r) => r.fanOut?.s1.updatesPerSec,
  },
  {
    scenario: 'S1',
    metric: 'frames/s',
    unit: '/s',
    lower: true,
    pick: (r) => r.fanOut?.s1.framesPerSec,
  },
  {
    // Batching: the gateway's cost per update falls as more updates share a frame (and a write).
    scenario: 'S1',
    metric: 'updates per frame',
    unit: '',
    lower: false,
    pick: (r) => updatesPerFrame(r.fanOut?.s1),
  },
  {
    scenario: 'S1',
    metric: 'bytes/s',
    unit: 'MB/s',
    lower: true,
    pick: (r) => mb(r.fanOut?.s1.bytesPerSec),
  },
  {
    scenario: 'S1',
    metric: 'bytes per update',
    unit: 'B',
    lower: true,
    pick: (r) => perUpdate(r.fanOut?.s1.bytesPerSec, r.fanOut?.s1.updatesPerSec),
  },
  {
    scenario: 'S1',
    metric: 'server CPU',
    unit: '%',
    lower: true,
    pick: (r) => r.fanOut?.s1.cpuPct,
  },
  {
    scenario: 'S1',
    metric: 'CPU per update',
    unit: 'µs',
    lower: true,
    pick: (r) => r.fanOut?.s1.cpuUsPerUpdate,
  },
  {
    scenario: 'S1',
    metric: 'delay p50',
    unit: 'ms',
    lower: true,
    pick: (r) => r.fanOut?.s1.delayP50Ms,
  },
  {
    scenario: 'S1',
    metric: 'delay p99',
    unit: 'ms',
    lower: true,
    pick: (r) => r.fanOut?.s1.delayP99Ms,
  },
  {
    scenario: 'S1',
    metric: 'CPU per update, net of idle feed',
    unit: 'µs',
    lower: true,
    pick: (r) => netCpuPerUpdate(r),
  },
  {
    scenario: 'S1',
    metric: 'load generators CPU',
    unit: '%',
    lower: true,
    pick: (r) => r.fanOut?.s1.clientCpuPct,
  },
  {
    scenario: 'S1',
    metric: 'load generators CPU per update',
    unit: 'µs',
    lower: true,
    pick: (r) =>
      perUpdate(r.fanOut && r.fanOut.s1.clientCpuPct * 10_000, r.fanOut?.s1.updatesPerSec),
  },
  {
    scenario: 'S1',
    metric: 'machine load average',
    unit: '',
    lower: true,
    pick: (r) => r.fanOut?.s1.loadAverage,
  },
  {
    scenario: 'S1',
    metric: 'server RSS',
    unit: 'MiB',
    lower: true,
    pick: (r) => r.fanOut?.s1.rssMiB,
  },
  {
    scenario: 'S3',
    metric: 'peak server RSS',
    unit: 'MiB',
    lower: true,
    pick: (r) => r.fanOut?.s3.peakRssMiB,
  },
  {
    scenario: 'S3',
    metric: 'peak RSS growth per paused reader (vs S1 peak)',
    unit: 'MiB',
    lower: true,
    pick: (r) => r.fanOut?.s3.peakRssGrowthPerPausedMiB,
  },
  {
    scenario: 'S3',
    metric: 'normal clients delay p99',
    unit: 'ms',
    lower: true,
    pick: (r) => r.fanOut?.s3.delayP99Ms,
  },
  {
    scenario: 'S3',
    metric: 'delivered updates/s',
    unit: '/s',
    lower: false,
    pick: (r) => r.fanOut?.s3.updatesPerSec,
  },
  {
    scenario: 'S3',
    metric: 'CPU per update',
    unit: 'µs',
    lower: true,
    pick: (r) => r.fanOut?.s3.cpuUsPerUpdate,
  },
  {
    scenario: 'S2',
    metric: 'connections open',
    unit: '',
    lower: false,
    pick: (r) => r.connections?.connections,
  },
  {
    scenario: 'S2',
    metric: 'time to connect all',
    unit: 's',
    lower: true,
    pick: (r) => r.connections?.connectSeconds,
  },
  {
    scenario: 'S2',
    metric: 'RSS per connection, after full GC',
    unit: 'KiB',
    lower: true,
    pick: (r) => r.connections?.rssPerConnectionAfterGcKiB,
  },
  {
    scenario: 'S2',
    metric: 'RSS per connection, as read',
    unit: 'KiB',
    lower: true,
    pick: (r) => r.connections?.rssPerConnectionAsReadKiB,
  },
  {
    scenario: 'S2',
    metric: 'server CPU',
    unit: '%',
    lower: true,
    pick: (r) => r.connections?.delivery.cpuPct,
  },
  {
    scenario: 'S2',
    metric: 'CPU per update',
    unit: 'µs',
    lower: true,
    pick: (r) => r.connections?.delivery.cpuUsPerUpdate,
  },
];

export function updatesPerFrame(
  delivery: { updatesPerSec: number; framesPerSec: number } | undefined,
): number | null {
  return delivery && delivery.framesPerSec > 0
    ? delivery.updatesPerSec / delivery.framesPerSec
    : null;
}

/** Server CPU above its feed-only idle, per delivered update: the fan-out cost alone. */
function netCpuPerUpdate(results: ServerResults): number | null {
  const fanOut = results.fanOut;
  if (!fanOut || fanOut.s1.updatesPerSec === 0) return null;
  const netPct = fanOut.s1.cpuPct - fanOut.idle.cpuPct;
  return (netPct * 10_000) / fanOut.s1.updatesPerSec;
}
