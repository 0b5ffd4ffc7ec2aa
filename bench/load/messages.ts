/** IPC between the runner and its load-generator processes. */

/**
 * `tickwire-msgpack`: Tickwire's ops in the binary subprotocol (tickwire.v1.msgpack), every frame
 * decoded; `tickwire-parsed`: Tickwire's JSON with every frame JSON.parsed; `tickwire`: JSON with
 * update frames only scanned for `"ts":` (see scanTimestamps).
 */
export type WireProtocol = 'tickwire' | 'tickwire-parsed' | 'tickwire-msgpack' | 'socketio';

export interface ConnectCommand {
  type: 'connect';
  protocol: WireProtocol;
  url: string;
  headers: Record<string, string>;
  /** One symbol list per connection. */
  subscriptions: string[][];
  throttleMs: number;
  /** Tickwire only: subscribe with `"align": true` (one frame per throttleMs for all symbols). */
  align: boolean;
  /** Stop reading right after the subscription is confirmed (slow consumers, S3). */
  pauseAfterSubscribe: boolean;
  /** How many handshakes may be in flight at once. */
  concurrency: number;
  /** Connections not subscribed by then count as failed. */
  deadlineMs: number;
  /** Open the sockets now, subscribe later on a `subscribe` command (S3's idle sockets). */
  holdSubscription?: boolean;
}

export type RunnerCommand =
  | ConnectCommand
  | { type: 'subscribe'; deadlineMs: number }
  | { type: 'reset' }
  | { type: 'report' }
  | { type: 'close' };

export interface ConnectedReport {
  type: 'connected';
  ready: number;
  failed: number;
  /** First failure reasons, for the log. */
  failures: string[];
  elapsedMs: number;
}

export interface LoadStats {
  connections: number;
  updates: number;
  frames: number;
  bytes: number;
  /** Delivery delay histogram (see lib/histogram.ts). */
  delays: number[];
  /** Close codes seen from the server since the start, by code. */
  closes: Record<string, number>;
  windowMs: number;
}

export type ClientReport = ConnectedReport | ({ type: 'report' } & LoadStats);
