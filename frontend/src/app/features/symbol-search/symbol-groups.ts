import { type AssetClass, type SymbolInfo } from '@tickwire/protocol';

/** A sector or an asset class of the catalog, to add as a whole. */
export interface SymbolGroup {
  id: string;
  label: string;
  symbols: readonly string[];
}

const CLASS_LABELS: Readonly<Record<AssetClass, string>> = {
  equity: 'Equities',
  fx: 'FX',
  crypto: 'Crypto',
  index: 'Indices',
};

/** Every asset class, and every equity sector (other classes have one sector, their own). */
export function symbolGroups(catalog: readonly SymbolInfo[]): SymbolGroup[] {
  const groups = new Map<string, { label: string; symbols: string[] }>();
  const add = (id: string, label: string, symbol: string) => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { label, symbols: [] }));
    group.symbols.push(symbol);
  };
  for (const info of catalog) {
    add(`class:${info.assetClass}`, CLASS_LABELS[info.assetClass], info.symbol);
    if (info.assetClass === 'equity' && info.sector) {
      add(`sector:${info.sector}`, info.sector, info.symbol);
    }
  }
  return [...groups].map(([id, { label, symbols }]) => ({ id, label, symbols }));
}

/** Groups whose name contains the query (at least two characters, so "a" lists nothing). */
export function matchingGroups(groups: readonly SymbolGroup[], query: string): SymbolGroup[] {
  const needle = query.trim().toLowerCase();
  if (needle.length < 2) return [];
  return groups.filter((group) => group.label.toLowerCase().includes(needle));
}

/**
 * Why a group cannot be added to a list of `current` symbols under a plan of `max`
 * subscriptions, or null when it fits.
 */
export function groupRefusal(
  group: SymbolGroup,
  current: readonly string[],
  max: number,
): string | null {
  const present = new Set(current);
  const adding = group.symbols.filter((symbol) => !present.has(symbol)).length;
  const total = current.length + adding;
  if (total <= max) return null;
  return (
    `${group.label} would add ${adding.toLocaleString('en-US')} symbols, ` +
    `${total.toLocaleString('en-US')} in all: your plan allows ${max.toLocaleString('en-US')} ` +
    `per watchlist. Start a new watchlist, or add a smaller group.`
  );
}
