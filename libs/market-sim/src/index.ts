export { INSTRUMENTS, findInstrument } from './catalog/catalog';
export { DEFAULT_VIRTUAL_START, VirtualClock, WallClock } from './clock';
export type { Clock } from './clock';
export { SimulatorConfigError, UnknownSymbolError } from './errors';
export { HISTORY_INTERVALS, HISTORY_INTERVAL_SECONDS } from './history';
export { MAX_BARS } from './backfill';
export { MarketSimulator } from './market-simulator';
export type { SimulatorOptions } from './market-simulator';
export { createMarketState } from './market-state';
export type { MarketState, MarketStateOptions, SymbolRuntime } from './market-state';
export { DEFAULT_MODEL } from './model-options';
export { DecimalGrid } from './price-grid';
export type { ModelOptions } from './model-options';
export { ScenarioDesk, ScenarioLimitError } from './scenario-desk';
export type { ScenarioDeskOptions } from './scenario-desk';
export type { FlashCrashOptions, VolatilitySpikeOptions } from './scenarios';
export { sessionChange } from './session-change';
export { skipMarket, stepMarket } from './step-market';
export type { TickSink } from './step-market';
export type {
  FeedEventKind,
  FeedStatusEvent,
  HistoryBar,
  HistoryInterval,
  Instrument,
  SymbolState,
  Tick,
} from './types';
