import type { Row } from './report';
import type { ServerKind } from './servers';

/** One ratio column of a report: one column's figure over another's (a Tickwire kind over a peer). */
export interface RatioColumn<K extends string = ServerKind> {
  numerator: K;
  denominator: K;
  /** Short names for the header, e.g. ['aligned', 'limit']. */
  names: [string, string];
}

const RATIO_COLUMNS: RatioColumn[] = [
  // The same gateway and workload in tickwire.v1.msgpack over JSON, each client decoding every
  // frame (issue 14's goals).
  {
    numerator: 'tickwire-msgpack',
    denominator: 'tickwire-parsed',
    names: ['binary', 'JSON parsed'],
  },
  { numerator: 'tickwire', denominator: 'socketio', names: ['Tickwire', 'Socket.IO'] },
  { numerator: 'tickwire', denominator: 'limit', names: ['Tickwire', 'limit'] },
  { numerator: 'tickwire-aligned', denominator: 'socketio', names: ['aligned', 'Socket.IO'] },
  { numerator: 'tickwire-aligned', denominator: 'limit', names: ['aligned', 'limit'] },
];

/** The ratio columns whose two servers both ran. */
export function ratioColumns(kinds: ServerKind[]): RatioColumn[] {
  return RATIO_COLUMNS.filter(
    (column) => kinds.includes(column.numerator) && kinds.includes(column.denominator),
  );
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0) return null;
  const value = a / b;
  // A figure of a server that died mid-window is NaN: no ratio rather than "NaNx".
  return Number.isFinite(value) ? value : null;
}

export function formatRatio(value: number | null): string {
  return value === null ? '-' : `${value.toFixed(2)}x`;
}

/** A row's ratio cell for one column, e.g. `0.25x`. */
export function ratioCell<K extends string>(row: Row<K>, column: RatioColumn<K>): string {
  return formatRatio(ratio(row.values[column.numerator], row.values[column.denominator]));
}
