import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Alerts } from '../../data/alerts/alerts';

/** The latest alert that fired, announced assertively, until dismissed or replaced. */
@Component({
  selector: 'tw-alert-toast',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="region" role="alert" aria-live="assertive">
      @if (alerts.latest(); as firing) {
        <div class="toast" data-testid="alert-toast">
          <span>
            <b>{{ firing.symbol }}</b> went {{ firing.direction }} {{ firing.price }}: traded at
            {{ firing.last }}
          </span>
          <button type="button" aria-label="Dismiss the alert" (click)="alerts.dismiss()">×</button>
        </div>
      }
    </div>
  `,
  styles: `
    .region {
      position: fixed;
      right: 12px;
      bottom: 44px;
      z-index: 20;
      max-width: min(360px, calc(100vw - 24px));
    }
    .toast {
      display: flex;
      gap: 10px;
      align-items: center;
      padding: 10px 12px;
      color: var(--fg);
      background: var(--surface-2);
      border: 1px solid var(--accent);
      border-left: 4px solid var(--accent);
      border-radius: 4px;
      box-shadow: 0 6px 18px rgb(0 0 0 / 35%);
    }
    button {
      font: inherit;
      font-size: 18px;
      line-height: 1;
      padding: 2px 8px;
      color: var(--fg);
      background: none;
      border: 1px solid var(--border);
      border-radius: 3px;
      cursor: pointer;
    }
  `,
})
export class AlertToast {
  protected readonly alerts = inject(Alerts);
}
