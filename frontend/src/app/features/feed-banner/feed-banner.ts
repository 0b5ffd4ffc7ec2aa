import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FeedStatus } from '../../data/quotes/feed-status';

/** One line across the page while the market data as a whole is not current. */
@Component({
  selector: 'tw-feed-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" aria-live="polite">
      @if (message(); as text) {
        <p class="banner" data-testid="feed-banner">{{ text }}</p>
      }
    </div>
  `,
  styles: `
    .banner {
      margin: 0;
      padding: 6px 12px;
      font-weight: 600;
      color: var(--warn);
      background: var(--warn-bg);
      border-bottom: 1px solid var(--warn);
    }
  `,
})
export class FeedBanner {
  private readonly status = inject(FeedStatus);
  protected readonly message = computed(() => {
    switch (this.status.condition()) {
      case 'stale':
        return 'Prices are stale: the gateway lost its market feed. The last known prices are shown.';
      case 'silent':
        return `No price update for ${this.status.silentForS()} s: the market feed is stalled.`;
      case 'disconnected':
        return 'Disconnected: prices are not updating. Reconnecting…';
      default:
        return '';
    }
  });
}
