import { isValidSymbol } from '@tickwire/protocol';

/** One named list of symbols. */
export interface NamedWatchlist {
  id: string;
  name: string;
  symbols: readonly string[];
}

/** What localStorage holds per user (`tickwire.watchlists.<owner>`). */
export interface StoredWatchlists {
  version: 2;
  active: string;
  lists: readonly NamedWatchlist[];
}

export const FORMAT_VERSION = 2;
export const MAX_LISTS = 50;
export const MAX_NAME_LENGTH = 40;
/** More than any plan may subscribe: a longer list is not one this dashboard wrote. */
export const MAX_SYMBOLS_PER_LIST = 5_000;
const ID_PATTERN = /^[a-z0-9-]{1,40}$/;

/** A list name as typed: trimmed, inner runs of space collapsed, cut to the maximum length. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
}

function readList(value: unknown): NamedWatchlist | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, symbols } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
  if (typeof name !== 'string' || cleanName(name) === '') return null;
  if (!Array.isArray(symbols) || symbols.length > MAX_SYMBOLS_PER_LIST) return null;
  return { id, name: cleanName(name), symbols: [...new Set(symbols.filter(isValidSymbol))] };
}

/**
 * The stored lists, or null when the text is not a store this version wrote (missing, corrupt,
 * another version): the caller then starts from defaults instead of failing. Invalid lists are
 * dropped one by one, invalid symbols within a list too.
 */
export function parseStored(text: string | null | undefined): StoredWatchlists | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { version, active, lists } = value as Record<string, unknown>;
  if (version !== FORMAT_VERSION || !Array.isArray(lists)) return null;
  const valid: NamedWatchlist[] = [];
  for (const entry of lists.slice(0, MAX_LISTS)) {
    const list = readList(entry);
    if (list && !valid.some((other) => other.id === list.id)) valid.push(list);
  }
  if (valid.length === 0) return null;
  const activeId = valid.some((list) => list.id === active) ? (active as string) : valid[0].id;
  return { version: FORMAT_VERSION, active: activeId, lists: valid };
}

/** The list of the first version (a bare array of symbols), or null. */
export function parseLegacy(text: string | null | undefined): string[] | null {
  if (!text) return null;
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? [...new Set(list.filter(isValidSymbol))] : null;
  } catch {
    return null;
  }
}
