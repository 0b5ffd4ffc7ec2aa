import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ConnectionState } from '../../data/connection/connection-state';
import { Connection } from '../../data/connection/connection';
import { PageActivity } from '../../data/page-activity/page-activity';
import { Pause } from '../../data/settings/pause';
import { Settings } from '../../data/settings/settings';
import { Clock } from '../../shared/clock';
import { HealthStats } from './health-stats';

/** Connection state, latency, throughput and freshness, plus the offline banner. */
@Component({
  selector: 'tw-health-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './health-bar.html',
  styleUrl: './health-bar.scss',
})
export class HealthBar {
  protected readonly connection = inject(Connection);
  protected readonly stats = inject(HealthStats);
  protected readonly activity = inject(PageActivity);
  protected readonly pause = inject(Pause);
  protected readonly settings = inject(Settings);
  private readonly clock = inject(Clock);
  protected readonly State = ConnectionState;

  protected readonly state = this.connection.state;
  protected readonly retryInSeconds = computed(() => {
    const at = this.connection.retryAt();
    return at === null ? null : Math.max(0, Math.ceil((at - this.clock.now()) / 1000));
  });
  protected readonly stateText = computed(() => {
    switch (this.state()) {
      case ConnectionState.Idle:
        return 'Idle';
      case ConnectionState.Connecting:
        return 'Connecting…';
      case ConnectionState.Live:
        return 'Live';
      case ConnectionState.Reconnecting: {
        const seconds = this.retryInSeconds();
        const attempt = this.connection.attempt();
        return seconds === null
          ? `Reconnecting (attempt ${attempt})`
          : `Reconnecting in ${seconds} s (attempt ${attempt})`;
      }
      case ConnectionState.Offline:
        return 'Offline';
    }
  });
  protected readonly rtt = computed(() => {
    const rtt = this.connection.rttMs();
    return rtt === null ? '–' : `${Math.round(rtt)} ms`;
  });
  protected readonly age = computed(() => {
    const age = this.stats.dataAgeMs();
    if (age === null) return '–';
    return age < 1000 ? '<1 s' : `${Math.floor(age / 1000)} s`;
  });
  protected readonly ageWarning = computed(() => (this.stats.dataAgeMs() ?? 0) > 5000);
  protected readonly degraded = computed(() => this.activity.degradation() > 0);
  protected readonly plan = computed(() => this.connection.user()?.plan ?? null);
  /** What the live connection speaks; the setting's choice while none is live. */
  protected readonly encodingText = computed(() =>
    (this.connection.encoding() ?? this.settings.wireEncoding()) === 'msgpack' ? 'MsgPack' : 'JSON',
  );
}
