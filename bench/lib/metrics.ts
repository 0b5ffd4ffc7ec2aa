import { loadavg } from 'node:os';
import { percentile } from './histogram';
import { cpuPercent, type CpuWindow } from './proc-stats';
import type { LoadStats } from '../load/messages';

export interface DeliveryMetrics {
  connections: number;
  updatesPerSec: number;
  framesPerSec: number;
  bytesPerSec: number;
  /** Gateway CPU over the window, percent of one core. */
  cpuPct: number;
  /** Gateway CPU microseconds per update delivered to a client. */
  cpuUsPerUpdate: number | null;
  delayP50Ms: number | null;
  delayP99Ms: number | null;
  rssMiB: number;
  /** Close codes the clients saw, by code. */
  closes: Record<string, number>;
  /** The load generators' CPU over the window, percent of one core (summed over processes). */
  clientCpuPct: number;
  /** The machine's 1-minute load average at the end of the window (2 cores: above 2 is contention). */
  loadAverage: number;
}

export function deliveryMetrics(
  stats: LoadStats,
  cpu: CpuWindow,
  rssBytes: number,
  clientCpu: CpuWindow,
): DeliveryMetrics {
  const seconds = stats.windowMs / 1000;
  return {
    connections: stats.connections,
    updatesPerSec: stats.updates / seconds,
    framesPerSec: stats.frames / seconds,
    bytesPerSec: stats.bytes / seconds,
    cpuPct: cpuPercent(cpu),
    // CPU over the server's window divided by updates over the clients' window, rescaled to one span.
    cpuUsPerUpdate:
      stats.updates > 0 ? cpu.cpuMicros / ((stats.updates * cpu.wallMs) / stats.windowMs) : null,
    delayP50Ms: percentile(stats.delays, 0.5),
    delayP99Ms: percentile(stats.delays, 0.99),
    rssMiB: rssBytes / 2 ** 20,
    closes: stats.closes,
    clientCpuPct: cpuPercent(clientCpu),
    loadAverage: loadavg()[0],
  };
}
