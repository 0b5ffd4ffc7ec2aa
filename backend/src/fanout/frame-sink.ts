/** The part of a `ws` WebSocket the fan-out needs: lets the engine run against any socket. */
export interface FrameSink {
  readonly bufferedAmount: number;
  /** `binary: false` sends the bytes as a text frame (JSON), `true` as a binary one (MessagePack). */
  send(data: Uint8Array, options: { binary: boolean }, callback: (error?: Error) => void): void;
}
