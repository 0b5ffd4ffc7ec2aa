/** The states of the dashboard's one WebSocket connection. */
export enum ConnectionState {
  /** Not started, or stopped on purpose. */
  Idle = 'idle',
  /** Fetching credentials, opening the socket, waiting for `hello`. */
  Connecting = 'connecting',
  /** `hello` received: data flows. */
  Live = 'live',
  /** Lost or refused; a retry is scheduled. */
  Reconnecting = 'reconnecting',
  /** The browser reports no network: nothing is tried until it is back. */
  Offline = 'offline',
}

export type ConnectionEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'hello' }
  | { type: 'lost' }
  | { type: 'retry' }
  | { type: 'offline' }
  | { type: 'online' };

/**
 * The transition table, pure. An event that does not apply to a state leaves it unchanged, so
 * callbacks of sockets that were already replaced cannot move the machine.
 */
export function nextState(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'stop':
      return ConnectionState.Idle;
    case 'offline':
      return state === ConnectionState.Idle ? state : ConnectionState.Offline;
    case 'start':
      return state === ConnectionState.Idle ? ConnectionState.Connecting : state;
    case 'online':
      return state === ConnectionState.Offline ? ConnectionState.Connecting : state;
    case 'hello':
      return state === ConnectionState.Connecting ? ConnectionState.Live : state;
    case 'lost':
      return state === ConnectionState.Connecting || state === ConnectionState.Live
        ? ConnectionState.Reconnecting
        : state;
    case 'retry':
      return state === ConnectionState.Reconnecting || state === ConnectionState.Offline
        ? ConnectionState.Connecting
        : state;
  }
}
