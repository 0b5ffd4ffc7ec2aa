import { ErrorCode, SYMBOL_PATTERN, type Tier, isValidSymbol } from '@tickwire/protocol';
import { type MarketStateService } from '../market/market-state.service';
import { type SymbolState } from '../market/symbol-state';
import { RequestError } from './request-error';

/** Splits requested symbols into known, entitled states and one error per kind of refusal. */
export function screenSymbols(
  symbols: readonly unknown[],
  market: MarketStateService,
  tiers: ReadonlySet<Tier>,
): { accepted: SymbolState[]; rejected: RequestError[] } {
  const accepted: SymbolState[] = [];
  const malformed: string[] = [];
  const unknown: string[] = [];
  const forbidden: string[] = [];
  for (const symbol of symbols) {
    if (!isValidSymbol(symbol)) {
      malformed.push(String(symbol));
      continue;
    }
    const state = market.get(symbol);
    if (!state) unknown.push(symbol);
    else if (!tiers.has(state.instrument.tier)) forbidden.push(symbol);
    else accepted.push(state);
  }
  const rejected: RequestError[] = [];
  if (malformed.length > 0) rejected.push(malformedSymbols(malformed));
  if (unknown.length > 0) {
    rejected.push(new RequestError(ErrorCode.UnknownSymbol, 'not in the catalog', unknown));
  }
  if (forbidden.length > 0) {
    rejected.push(
      new RequestError(ErrorCode.Forbidden, 'your plan does not include these symbols', forbidden),
    );
  }
  return { accepted, rejected };
}

/** The refusal of symbols that do not match the pattern (each cut to 32 characters). */
export function malformedSymbols(symbols: string[]): RequestError {
  return new RequestError(
    ErrorCode.BadRequest,
    `symbols must match ${SYMBOL_PATTERN.source}`,
    symbols.map((symbol) => symbol.slice(0, 32)),
  );
}
