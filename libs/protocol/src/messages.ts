import * as v from 'valibot';
import type { Plan } from './auth';
import type { ErrorCode } from './codes';
import {
  type Bar,
  type BarInterval,
  BarIntervalSchema,
  type Channel,
  type Quote,
  SymbolSchema,
} from './market';

export const PROTOCOL_VERSION = 1;

/** Limits of one connection, announced in `hello`. */
export interface ConnectionLimits {
  maxSubscriptions: number;
  maxSymbolsPerRequest: number;
  minThrottleMs: number;
  maxThrottleMs: number;
  defaultThrottleMs: number;
  maxMessageBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  defaultHistoryLimit: number;
  maxHistoryLimit: number;
}

// ---- client to server ----
// Schemas, not interfaces: the gateway validates every frame with them and the types below are
// inferred from them, so a client and the server cannot disagree on a message's shape. Objects
// drop fields they do not know (clients and servers ignore unknown fields, see protocol.md).

export const MAX_REQUEST_ID_LENGTH = 64;
export const RequestIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_REQUEST_ID_LENGTH),
);

/** What every frame must have before its op is looked at. */
export const ClientFrameSchema = v.object({
  id: v.optional(RequestIdSchema),
  op: v.pipe(v.string(), v.minLength(1)),
});

/** Non-empty; the gateway serves the valid symbols and reports the malformed ones by name. */
export const SymbolListSchema = v.pipe(v.array(SymbolSchema), v.minLength(1));
const FiniteNumberSchema = v.pipe(v.number(), v.finite());

/** A stream of a channel: `interval` is required for bars, ignored for quotes. */
const quotesTarget = { channel: v.literal('quotes') };
const barsTarget = { channel: v.literal('bars'), interval: BarIntervalSchema };

/** Keys in the order the gateway reports problems: the first one wrong is the one named. */
const subscribeFields = {
  symbols: SymbolListSchema,
  throttleMs: v.optional(FiniteNumberSchema),
};
const subscribeHead = { op: v.literal('subscribe'), id: v.optional(RequestIdSchema) };
/**
 * `align`: these symbols are throttled together with the connection's other aligned symbols
 * of the same channel and throttle, in one frame per `throttleMs`. `historyLimit` (bars only):
 * how many bars the snapshot holds.
 */
export const SubscribeRequestSchema = v.variant('channel', [
  v.object({
    ...subscribeHead,
    ...quotesTarget,
    ...subscribeFields,
    align: v.optional(v.boolean()),
  }),
  v.object({
    ...subscribeHead,
    ...barsTarget,
    ...subscribeFields,
    historyLimit: v.optional(FiniteNumberSchema),
    align: v.optional(v.boolean()),
  }),
]);
export type SubscribeRequest = v.InferOutput<typeof SubscribeRequestSchema>;

const unsubscribeHead = { op: v.literal('unsubscribe'), id: v.optional(RequestIdSchema) };
export const UnsubscribeRequestSchema = v.variant('channel', [
  v.object({ ...unsubscribeHead, ...quotesTarget, symbols: SymbolListSchema }),
  v.object({ ...unsubscribeHead, ...barsTarget, symbols: SymbolListSchema }),
]);
export type UnsubscribeRequest = v.InferOutput<typeof UnsubscribeRequestSchema>;

/** `t`: any number, echoed in `pong`. */
export const PingRequestSchema = v.object({
  op: v.literal('ping'),
  id: v.optional(RequestIdSchema),
  t: v.optional(FiniteNumberSchema),
});
export type PingRequest = v.InferOutput<typeof PingRequestSchema>;

export const AuthRequestSchema = v.object({
  op: v.literal('auth'),
  id: v.optional(RequestIdSchema),
  token: v.pipe(v.string(), v.minLength(1)),
});
export type AuthRequest = v.InferOutput<typeof AuthRequestSchema>;

export const ClientMessageSchema = v.variant('op', [
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  PingRequestSchema,
  AuthRequestSchema,
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;
export type ClientOp = ClientMessage['op'];

// ---- server to client ----

export interface HelloMessage {
  op: 'hello';
  epoch: string;
  serverTime: number;
  heartbeatMs: number;
  limits: ConnectionLimits;
  protocol: number;
  user: { username: string; plan: Plan };
}

export interface SubscribedMessage {
  op: 'subscribed';
  id?: string;
  channel: Channel;
  interval?: BarInterval;
  symbols: string[];
  throttleMs: number;
  /** Present (true) when the subscription is aligned. */
  align?: boolean;
}

export interface UnsubscribedMessage {
  op: 'unsubscribed';
  id?: string;
  channel: Channel;
  interval?: BarInterval;
  symbols: string[];
}

export interface QuotesSnapshotMessage {
  op: 'snapshot';
  channel: 'quotes';
  data: Quote[];
}

export interface BarsSnapshotMessage {
  op: 'snapshot';
  channel: 'bars';
  interval: BarInterval;
  symbol: string;
  data: Bar[];
}

export interface QuotesUpdateMessage {
  op: 'update';
  channel: 'quotes';
  t: number;
  data: Quote[];
}

export interface BarsUpdateMessage {
  op: 'update';
  channel: 'bars';
  interval: BarInterval;
  t: number;
  data: Bar[];
}

export interface HeartbeatMessage {
  op: 'heartbeat';
  t: number;
}

export interface PongMessage {
  op: 'pong';
  id?: string;
  t?: number;
  serverTime: number;
}

export interface AuthedMessage {
  op: 'authed';
  id?: string;
  expiresAt: number;
}

export interface ErrorMessage {
  op: 'error';
  id?: string;
  code: ErrorCode;
  message: string;
  symbols?: string[];
}

export type SnapshotMessage = QuotesSnapshotMessage | BarsSnapshotMessage;
export type UpdateMessage = QuotesUpdateMessage | BarsUpdateMessage;

export type ServerMessage =
  | HelloMessage
  | SubscribedMessage
  | UnsubscribedMessage
  | SnapshotMessage
  | UpdateMessage
  | HeartbeatMessage
  | PongMessage
  | AuthedMessage
  | ErrorMessage;
export type ServerOp = ServerMessage['op'];
