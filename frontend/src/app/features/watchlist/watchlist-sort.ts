import { type Quote, type SymbolInfo } from '@tickwire/protocol';

export type SortColumn =
  'symbol' | 'name' | 'last' | 'change' | 'changePct' | 'bid' | 'ask' | 'volume';
export interface SortState {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** The next sort after a click on `column`: ascending, descending, then the user's own order. */
export function nextSort(current: SortState | null, column: SortColumn): SortState | null {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/** Sorts symbols; rows without a value go last whatever the direction. */
export function sortSymbols(
  symbols: readonly string[],
  sort: SortState | null,
  quote: (symbol: string) => Quote | null,
  info: (symbol: string) => SymbolInfo | undefined,
): readonly string[] {
  if (!sort) return symbols;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = (symbol: string): string | number | undefined => {
    if (sort.column === 'symbol') return symbol;
    if (sort.column === 'name') return info(symbol)?.name ?? symbol;
    return quote(symbol)?.[sort.column];
  };
  return [...symbols].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined || kb === undefined) {
      return ka === kb ? 0 : ka === undefined ? 1 : -1;
    }
    if (typeof ka === 'string' || typeof kb === 'string') {
      return sign * String(ka).localeCompare(String(kb));
    }
    return sign * (ka - kb);
  });
}
