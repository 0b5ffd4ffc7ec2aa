import { type SortColumn } from './watchlist-sort';

export interface Column {
  id: SortColumn;
  label: string;
  numeric: boolean;
  className: string;
}

/** The sortable columns of the watchlist, in order. */
export const COLUMNS: readonly Column[] = [
  { id: 'symbol', label: 'Symbol', numeric: false, className: 'sym' },
  { id: 'name', label: 'Name', numeric: false, className: 'name' },
  { id: 'last', label: 'Last', numeric: true, className: 'num last' },
  { id: 'change', label: 'Chg', numeric: true, className: 'num change' },
  { id: 'changePct', label: 'Chg %', numeric: true, className: 'num pct' },
  { id: 'bid', label: 'Bid', numeric: true, className: 'num bid' },
  { id: 'ask', label: 'Ask', numeric: true, className: 'num ask' },
  { id: 'volume', label: 'Volume', numeric: true, className: 'num volume' },
];
