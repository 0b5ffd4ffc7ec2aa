import type { Plan } from './auth';
import type { ErrorCode } from './codes';
import type { Bar, BarInterval, Channel, Quote } from './market';

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
// The types of client messages are inferred from their schemas (schemas.ts).

export const MAX_REQUEST_ID_LENGTH = 64;

export type {
  AuthRequest,
  ClientMessage,
  ClientOp,
  PingRequest,
  SubscribeRequest,
  UnsubscribeRequest,
} from './schemas';

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
