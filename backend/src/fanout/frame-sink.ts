/** The part of a `ws` WebSocket the fan-out needs: lets the engine run against any socket. */
export interface FrameSink {
  readonly bufferedAmount: number;
  send(data: Buffer, options: { binary: false }, callback: (error?: Error) => void): void;
}
