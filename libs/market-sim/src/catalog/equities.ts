import { communication } from './sectors/communication';
import { consumerDiscretionary } from './sectors/consumer-discretionary';
import { consumerStaples } from './sectors/consumer-staples';
import { energy } from './sectors/energy';
import { etfs } from './sectors/etfs';
import { financials } from './sectors/financials';
import { healthCare } from './sectors/health-care';
import { industrials } from './sectors/industrials';
import { materials } from './sectors/materials';
import { realEstate } from './sectors/real-estate';
import { technology } from './sectors/technology';
import { utilities } from './sectors/utilities';
import { type EquitySectorRows } from './sectors/equity-sector-rows';

export type { EquitySectorRows };

/** US equities, one file per sector under `sectors/`. */
export const EQUITY_SECTORS: readonly EquitySectorRows[] = [
  technology,
  communication,
  consumerDiscretionary,
  consumerStaples,
  energy,
  financials,
  healthCare,
  industrials,
  materials,
  realEstate,
  utilities,
  etfs,
];

/** Tickers quoted on the free (`public`) tier. */
export const PUBLIC_EQUITIES: ReadonlySet<string> = new Set([
  'AAPL',
  'MSFT',
  'NVDA',
  'AMZN',
  'GOOGL',
  'META',
  'TSLA',
  'JPM',
  'XOM',
  'JNJ',
  'V',
  'WMT',
  'SPY',
  'QQQ',
]);
