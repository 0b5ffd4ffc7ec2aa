import { type AssetClass, type SymbolInfo } from '@tickwire/protocol';
import { type TreeNode } from '../../shared/treemap/nested-treemap';

export const ASSET_CLASS_LABELS: Readonly<Record<AssetClass, string>> = {
  equity: 'Equities',
  index: 'Indices',
  fx: 'FX',
  crypto: 'Crypto',
};

/**
 * The map's tree: asset class, then sector (when a class has more than one), then instruments.
 * Every instrument weighs the same: the catalog has no market capitalisation, and equal tiles
 * keep every symbol readable.
 */
export function mapTree(instruments: readonly SymbolInfo[]): TreeNode<SymbolInfo>[] {
  const classes = new Map<AssetClass, Map<string, SymbolInfo[]>>();
  for (const info of instruments) {
    const sectors = classes.get(info.assetClass) ?? new Map<string, SymbolInfo[]>();
    // A gateway older than the sector field sends none: the class is the group then.
    const sector = info.sector || ASSET_CLASS_LABELS[info.assetClass];
    sectors.set(sector, [...(sectors.get(sector) ?? []), info]);
    classes.set(info.assetClass, sectors);
  }
  return [...classes].map(([assetClass, sectors]) => {
    const label = ASSET_CLASS_LABELS[assetClass];
    const groups = [...sectors].map(([sector, infos]) => ({
      label: sector,
      weight: infos.length,
      children: infos.map((info) => ({ label: info.symbol, weight: 1, item: info })),
    }));
    const weight = groups.reduce((sum, group) => sum + group.weight, 0);
    return groups.length === 1
      ? { label, weight, children: groups[0].children }
      : { label, weight, children: groups };
  });
}
