import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { STORAGE } from '../../shared/platform';

export type Theme = 'dark' | 'light';
/** The WebSocket's encoding: MessagePack (`tickwire.v1.msgpack`), or JSON for debugging. */
export type WireEncoding = 'msgpack' | 'json';
export const SPEEDS_MS = [100, 250, 1000] as const;

const THEME_KEY = 'tickwire.theme';
const SPEED_KEY = 'tickwire.speed';
const ENCODING_KEY = 'tickwire.encoding';

/** Preferences of this browser: theme, update speed and the wire encoding. */
@Injectable({ providedIn: 'root' })
export class Settings {
  private readonly storage = inject(STORAGE);
  private readonly document = inject(DOCUMENT);

  readonly theme = signal<Theme>(this.storage?.getItem(THEME_KEY) === 'light' ? 'light' : 'dark');
  /** Milliseconds between two updates of one symbol, before the plan's minimum and adaptation. */
  readonly speedMs = signal<number>(readSpeed(this.storage?.getItem(SPEED_KEY)));
  /** Binary by default; JSON shows readable frames in the browser's network panel. */
  readonly wireEncoding = signal<WireEncoding>(
    this.storage?.getItem(ENCODING_KEY) === 'json' ? 'json' : 'msgpack',
  );

  constructor() {
    effect(() => {
      const theme = this.theme();
      this.document.documentElement.dataset['theme'] = theme;
      this.storage?.setItem(THEME_KEY, theme);
    });
    effect(() => this.storage?.setItem(SPEED_KEY, String(this.speedMs())));
    effect(() => this.storage?.setItem(ENCODING_KEY, this.wireEncoding()));
  }

  toggleWireEncoding(): void {
    this.wireEncoding.update((encoding) => (encoding === 'msgpack' ? 'json' : 'msgpack'));
  }

  toggleTheme(): void {
    this.theme.update((theme) => (theme === 'dark' ? 'light' : 'dark'));
  }
}

function readSpeed(raw: string | null | undefined): number {
  const value = Number(raw);
  return (SPEEDS_MS as readonly number[]).includes(value) ? value : 250;
}
