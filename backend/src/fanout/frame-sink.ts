/** The part of a `ws` WebSocket the fan-out needs: lets the engine run against any socket. */
export interface FrameSink {
  readonly bufferedAmount: number;
  /** A string goes out as a text frame, bytes as a binary frame. */
  send(data: string | Uint8Array, callback: (error?: Error) => void): void;
}
