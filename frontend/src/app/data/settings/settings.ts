import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { STORAGE } from '../../shared/platform';

export type Theme = 'dark' | 'light';
export const SPEEDS_MS = [100, 250, 1000] as const;

const THEME_KEY = 'tickwire.theme';
const SPEED_KEY = 'tickwire.speed';

/** Preferences of this browser: theme and update speed. */
@Injectable({ providedIn: 'root' })
export class Settings {
  private readonly storage = inject(STORAGE);
  private readonly document = inject(DOCUMENT);

  readonly theme = signal<Theme>(this.storage?.getItem(THEME_KEY) === 'light' ? 'light' : 'dark');
  /** Milliseconds between two updates of one symbol, before the plan's minimum and adaptation. */
  readonly speedMs = signal<number>(readSpeed(this.storage?.getItem(SPEED_KEY)));

  constructor() {
    effect(() => {
      const theme = this.theme();
      this.document.documentElement.dataset['theme'] = theme;
      this.storage?.setItem(THEME_KEY, theme);
    });
    effect(() => this.storage?.setItem(SPEED_KEY, String(this.speedMs())));
  }

  toggleTheme(): void {
    this.theme.update((theme) => (theme === 'dark' ? 'light' : 'dark'));
  }
}

function readSpeed(raw: string | null | undefined): number {
  const value = Number(raw);
  return (SPEEDS_MS as readonly number[]).includes(value) ? value : 250;
}
