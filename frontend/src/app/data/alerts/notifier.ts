import { InjectionToken, signal, type WritableSignal } from '@angular/core';

export type NotificationAccess = 'default' | 'granted' | 'denied' | 'unsupported';

/** Browser notifications, behind a token so that specs need no Notification API. */
export interface Notifier {
  readonly access: WritableSignal<NotificationAccess>;
  /** Asks the user (only from a click: browsers refuse otherwise). */
  request(): Promise<void>;
  /** Shows a notification when the user allowed them; does nothing otherwise. */
  notify(title: string, body: string): void;
}

export const NOTIFIER = new InjectionToken<Notifier>('NOTIFIER', {
  providedIn: 'root',
  factory: browserNotifier,
});

function browserNotifier(): Notifier {
  const api = typeof Notification === 'undefined' ? null : Notification;
  const access = signal<NotificationAccess>(api ? api.permission : 'unsupported');
  return {
    access,
    async request() {
      if (!api) return;
      access.set(await api.requestPermission());
    },
    notify(title, body) {
      if (!api || api.permission !== 'granted') return;
      try {
        new api(title, { body, tag: title });
      } catch {
        // Some browsers allow notifications from a service worker only: the toast remains.
      }
    },
  };
}
