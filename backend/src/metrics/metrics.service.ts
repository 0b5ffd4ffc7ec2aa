import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** Every Prometheus metric of the gateway, in a registry of its own (one per app instance). */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  readonly connections = new Gauge({
    name: 'tickwire_connections',
    help: 'Open WebSocket connections',
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: 'tickwire_subscriptions',
    help: 'Subscriptions (connection, stream, symbol) held by open connections',
    registers: [this.registry],
  });
  readonly framesSent = new Counter({
    name: 'tickwire_frames_sent_total',
    help: 'Update frames written to connections',
    registers: [this.registry],
  });
  readonly bytesSent = new Counter({
    name: 'tickwire_bytes_sent_total',
    help: 'Bytes of every frame written to connections (updates and replies)',
    registers: [this.registry],
  });
  readonly updatesSent = new Counter({
    name: 'tickwire_updates_sent_total',
    help: 'Quotes and bars carried by update frames',
    registers: [this.registry],
  });
  readonly updatesConflated = new Counter({
    name: 'tickwire_updates_conflated_total',
    help: 'States folded into a later one instead of being sent, per subscription',
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'tickwire_errors_total',
    help: 'Error messages sent to clients, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly closes = new Counter({
    name: 'tickwire_closes_total',
    help: 'Closed connections by close code, whoever closed (1006: ended without a close frame)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly slowConsumerCloses = new Counter({
    name: 'tickwire_slow_consumer_closes_total',
    help: 'Connections closed with 1013 for staying above the high watermark too long',
    registers: [this.registry],
  });
  readonly blockedConnections = new Gauge({
    name: 'tickwire_blocked_connections',
    help: 'Connections above the high watermark (writing paused)',
    registers: [this.registry],
  });
  readonly feedTicksPerSecond = new Gauge({
    name: 'tickwire_feed_ticks_per_second',
    help: 'Ticks received from the feed over the last second',
    registers: [this.registry],
  });
  readonly feedLagSeconds = new Gauge({
    name: 'tickwire_feed_lag_seconds',
    help: 'Arrival time minus tick time of the latest tick',
    registers: [this.registry],
  });
  readonly feedConnected = new Gauge({
    name: 'tickwire_feed_connected',
    help: '1 while live data flows from the feed (always 1 with the embedded feed)',
    registers: [this.registry],
  });
  readonly busResyncs = new Counter({
    name: 'tickwire_bus_resyncs_total',
    help: 'Symbol states read again after a gap in seq (a lost bus message) or a buffer overflow',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly busInvalidMessages = new Counter({
    name: 'tickwire_bus_invalid_messages_total',
    help: 'Bus messages or keys that did not have the documented shape (dropped)',
    registers: [this.registry],
  });
  private readonly loopDelay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  readonly eventLoopLag = new Gauge({
    name: 'tickwire_event_loop_lag_seconds',
    help: 'Event-loop delay since the previous scrape (p99 and max)',
    labelNames: ['quantile'] as const,
    registers: [this.registry],
    collect: () => {
      this.eventLoopLag.set({ quantile: '0.99' }, this.loopDelay.percentile(99) / 1e9);
      this.eventLoopLag.set({ quantile: '1' }, this.loopDelay.max / 1e9);
      this.loopDelay.reset();
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'tickwire_' });
    this.loopDelay.enable();
  }

  onModuleDestroy(): void {
    this.loopDelay.disable();
  }
}
