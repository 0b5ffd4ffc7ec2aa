export { BarBuilder } from './bar-builder';
export type { Trade } from './bar-builder';
export { BusMessageError } from './bus-message.error';
export {
  decodeBarText,
  decodeFeedInfo,
  decodeHeartbeat,
  decodeSnapshot,
  decodeSymbolMessage,
  encodeBar,
  encodeFeedInfo,
  encodeHeartbeat,
  encodeSnapshot,
  encodeStatusMessage,
  encodeTicksMessage,
} from './codec';
export type { BusInstrument, FeedInfo, Heartbeat, SymbolMessage, SymbolSnapshot } from './codec';
export { BusConnection } from './connection';
export {
  decodeControlReply,
  decodeControlRequest,
  encodeControlReply,
  encodeControlRequest,
} from './control';
export type { ControlReply, ControlRequest } from './control';
export type { BusCommands, BusListener } from './connection';
export { SymbolSync } from './symbol-sync';
export type { SyncSink } from './symbol-sync';
export { BUS_BARS_KEPT, BusKeys, FEED_HEARTBEAT_MS, FEED_SILENCE_MS } from './keys';
