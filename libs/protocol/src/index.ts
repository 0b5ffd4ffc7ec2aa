export {
  SCENARIO_DEFAULTS,
  SCENARIO_MAX_DURATION_MS,
  SCENARIO_MAX_FACTOR,
  SCENARIO_MIN_DURATION_MS,
  SCENARIO_TYPES,
  ScenarioCommandError,
  parseScenarioCommand,
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
export { PLANS, ROLES } from './auth';
export type {
  HttpErrorBody,
  LoginRequest,
  Plan,
  Role,
  TicketResponse,
  TokenResponse,
  UserInfo,
} from './auth';
export { CloseCode, CloseReason, ErrorCode } from './codes';
export { BAR_INTERVALS, CHANNELS, INTERVAL_SECONDS, SYMBOL_PATTERN, isValidSymbol } from './market';
export type {
  AssetClass,
  Bar,
  BarInterval,
  Channel,
  HistoryResponse,
  Quote,
  SymbolInfo,
  Tier,
  Tick,
  TradingStatus,
} from './market';
export { PROTOCOL_VERSION } from './messages';
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
