import { TestBed } from '@angular/core/testing';
import { Connection } from '../../data/connection/connection';
import { NOW } from '../../shared/platform';
import { HealthStats } from './health-stats';

describe('HealthStats', () => {
  let now: number;
  const connection = { updatesReceived: 0, lastDataAt: null as number | null };

  beforeEach(() => {
    jest.useFakeTimers();
    now = 1_000_000;
    connection.updatesReceived = 0;
    connection.lastDataAt = null;
    TestBed.configureTestingModule({
      providers: [
        { provide: Connection, useValue: connection },
        { provide: NOW, useValue: () => now },
      ],
    });
  });

  afterEach(() => jest.useRealTimers());

  function advance(ms: number): void {
    now += ms;
    jest.advanceTimersByTime(ms);
  }

  it('reports a steady rate for updates that arrive in one batch per second', () => {
    const stats = TestBed.inject(HealthStats);
    const seen: number[] = [];
    for (let second = 0; second < 6; second++) {
      connection.updatesReceived += 11;
      connection.lastDataAt = now;
      advance(500);
      seen.push(stats.updatesPerSecond());
      advance(500);
      seen.push(stats.updatesPerSecond());
    }
    // Once the 2 s window is full, every sample sees the same 11 updates per second.
    for (const rate of seen.slice(4)) expect(rate).toBe(11);
  });

  it('reports the age of the newest data', () => {
    const stats = TestBed.inject(HealthStats);
    expect(stats.dataAgeMs()).toBeNull();
    connection.lastDataAt = now;
    advance(1500);
    expect(stats.dataAgeMs()).toBe(1500);
  });
});
