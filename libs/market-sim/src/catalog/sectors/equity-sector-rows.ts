/**
 * US equities by sector, roughly by market capitalisation within each sector.
 * Row: `symbol|name|reference price in USD[|annualised volatility]`; without a volatility the
 * sector's applies. Prices are plausible late-2025 levels, not quotes.
 */
export interface EquitySectorRows {
  sector: string;
  volatility: number;
  rows: string;
}
