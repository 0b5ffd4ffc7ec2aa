/** Bytes that are not a valid Tickwire MessagePack frame; the message names what is wrong and where. */
export class MsgpackDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MsgpackDecodeError';
  }
}

/** A value that the binary encoding cannot carry (a non-finite number, a function, a cycle...). */
export class MsgpackEncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MsgpackEncodeError';
  }
}
