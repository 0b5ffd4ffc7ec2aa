export {
  SCENARIO_DEFAULTS,
  SCENARIO_MAX_DURATION_MS,
  SCENARIO_MAX_FACTOR,
  SCENARIO_MIN_DURATION_MS,
  SCENARIO_TYPES,
  ScenarioCommandError,
  scenarioParams,
} from './admin';
export type {
  FlashCrashCommand,
  HaltCommand,
  ResumeCommand,
  ScenarioCommand,
  ScenarioList,
  ScenarioParams,
  ScenarioRecord,
  ScenarioType,
  StallCommand,
  VolatilityCommand,
} from './admin';
export {
  GUEST_PREFIX,
  MAX_PASSWORD_LENGTH,
  MAX_USERNAME_LENGTH,
  PLANS,
  ROLES,
  USERNAME_PATTERN,
} from './auth';
export type { HttpErrorBody, Plan, Role, TicketResponse, TokenResponse, UserInfo } from './auth';
export { RECONNECT_BACKOFF, backoffCeiling, backoffDelay } from './backoff';
export type { BackoffOptions } from './backoff';
export { CloseCode, CloseReason, ErrorCode } from './codes';
export { BAR_INTERVALS, CHANNELS, INTERVAL_SECONDS, SYMBOL_PATTERN, isValidSymbol } from './market';
export { CHANGE_PCT_DECIMALS, sessionChange } from './session-change';
export type {
  AssetClass,
  Bar,
  BarInterval,
  Channel,
  FeedStatusEvent,
  FeedStatusKind,
  HistoryResponse,
  Quote,
  SymbolInfo,
  Tier,
  Tick,
  TradingStatus,
} from './market';
export { MAX_REQUEST_ID_LENGTH, PROTOCOL_VERSION } from './messages';
export type {
  AuthRequest,
  AuthedMessage,
  BarsSnapshotMessage,
  BarsUpdateMessage,
  ClientMessage,
  ClientOp,
  ConnectionLimits,
  ErrorMessage,
  HeartbeatMessage,
  HelloMessage,
  PingRequest,
  PongMessage,
  QuotesSnapshotMessage,
  QuotesUpdateMessage,
  ServerMessage,
  ServerOp,
  SnapshotMessage,
  SubscribeRequest,
  SubscribedMessage,
  UnsubscribeRequest,
  UnsubscribedMessage,
  UpdateMessage,
} from './messages';
// Types only: the schemas themselves are in '@tickwire/protocol/schemas' (see schemas.ts).
export type { HistoryQuery, LoginRequest, UserEntry, UsersFile } from './schemas';
