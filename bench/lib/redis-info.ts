/** Redis's INFO as the scale-out bench reads it: counters over a measurement window. */
/** Redis's own counters over the window (INFO stats and commandstats deltas). */
export interface BusMetrics {
  /** `cmdstat_spublish` calls per second: the feed's tick messages (one per symbol and turn). */
  spublishPerSec: number;
  /** Every command Redis processed, per second (`total_commands_processed`). */
  commandsPerSec: number;
  /** Redis's own estimate at the end of the window (`instantaneous_ops_per_sec`). */
  instantaneousOpsPerSec: number;
  /**
   * Connections Redis accepted during the window (`total_connections_received`). Every process
   * connected before it, and the bench reads INFO on one connection: anything above 0 is a
   * reconnect (of a gateway Redis dropped, for instance).
   */
  connectionsOpened: number;
  /** The largest output buffer Redis recently held for a client (`client_recent_max_output_buffer`): a subscriber's backlog. */
  maxOutputBufferBytes: number;
}

/** `key:value` lines of INFO (section headers and blank lines skipped). */
export function parseInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) fields.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return fields;
}

/** `calls` of a `cmdstat_<command>` line (`calls=12,usec=...`); 0 when never called. */
function commandCalls(info: Map<string, string>, command: string): number {
  const match = /(?:^|,)calls=(\d+)/.exec(info.get(`cmdstat_${command}`) ?? '');
  return match ? Number(match[1]) : 0;
}

export function busMetrics(
  before: Map<string, string>,
  after: Map<string, string>,
  windowMs: number,
): BusMetrics {
  const perSec = (delta: number) => (delta * 1000) / windowMs;
  const spublishPerSec = perSec(commandCalls(after, 'spublish') - commandCalls(before, 'spublish'));
  return {
    spublishPerSec,
    commandsPerSec: perSec(
      Number(after.get('total_commands_processed')) -
        Number(before.get('total_commands_processed')),
    ),
    instantaneousOpsPerSec: Number(after.get('instantaneous_ops_per_sec')),
    connectionsOpened:
      Number(after.get('total_connections_received')) -
      Number(before.get('total_connections_received')),
    maxOutputBufferBytes: Number(after.get('client_recent_max_output_buffer')),
  };
}
