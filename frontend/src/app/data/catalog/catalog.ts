import { Injectable, computed, inject, signal } from '@angular/core';
import { type SymbolInfo, isValidSymbol } from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { readJson } from '../../shared/http';
import { FETCH } from '../../shared/platform';

/** The instrument catalog from `GET /api/symbols`, loaded once. */
@Injectable({ providedIn: 'root' })
export class Catalog {
  private readonly fetch = inject(FETCH);
  private readonly auth = inject(Auth);
  private loading: Promise<void> | null = null;

  readonly symbols = signal<readonly SymbolInfo[]>([]);
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);
  readonly bySymbol = computed(() => new Map(this.symbols().map((info) => [info.symbol, info])));

  load(): Promise<void> {
    this.loading ??= this.request().catch((error: unknown) => {
      this.loading = null;
      this.error.set(error instanceof Error ? error.message : String(error));
    });
    return this.loading;
  }

  info(symbol: string): SymbolInfo | undefined {
    return this.bySymbol().get(symbol);
  }

  private async request(): Promise<void> {
    const token = this.auth.accessToken();
    const response = await this.fetch('/api/symbols', {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
    const body = await readJson<SymbolInfo[] | { data: SymbolInfo[] }>(response);
    const list = Array.isArray(body) ? body : body.data;
    // The catalog is server text: keep only well-formed entries.
    this.symbols.set(list.filter((info) => isValidSymbol(info.symbol)));
    this.error.set(null);
    this.loaded.set(true);
  }
}
