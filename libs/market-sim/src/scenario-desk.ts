import {
  type ScenarioCommand,
  type ScenarioList,
  type ScenarioRecord,
  parseScenarioCommand,
  scenarioParams,
} from '@tickwire/protocol';
import { UnknownSymbolError } from './errors';
import { type MarketSimulator } from './market-simulator';

export interface ScenarioDeskOptions {
  /** Scenarios kept in `recent`, newest first; default 50. */
  recentLimit?: number;
  /**
   * Timed scenarios (flash crashes, volatility spikes, stalls) that may act at once; default 20.
   * Each costs the simulator work on every tick, so a runaway script must not pile them up.
   */
  maxActive?: number;
}

/** A scenario refused because too many are active already. */
export class ScenarioLimitError extends Error {
  constructor(readonly limit: number) {
    super(`${limit} timed scenarios are active already: wait for one to end`);
    this.name = 'ScenarioLimitError';
  }
}

/**
 * Runs admins' scenario commands on a simulator and remembers them: which act now, which ran
 * lately. Plain TypeScript, no framework: the gateway's embedded feed and the feed process
 * share it.
 */
export class ScenarioDesk {
  private readonly recentLimit: number;
  private readonly maxActive: number;
  /** Newest first, at most `recentLimit`. */
  private readonly recent: ScenarioRecord[] = [];
  /** Timed scenarios that had not ended when last looked at. */
  private timed: ScenarioRecord[] = [];
  /** The halt record of each halted symbol, until its resume. */
  private readonly halts = new Map<string, ScenarioRecord>();
  private readonly idPrefix = Math.random().toString(36).slice(2, 8);
  private count = 0;

  constructor(
    private readonly simulator: MarketSimulator,
    options: ScenarioDeskOptions = {},
  ) {
    this.recentLimit = options.recentLimit ?? 50;
    this.maxActive = options.maxActive ?? 20;
  }

  /**
   * Applies a command (checked again here: it may come from a bus) and returns its record.
   * Throws ScenarioCommandError for a malformed command, UnknownSymbolError for a symbol the
   * simulator does not simulate, ScenarioLimitError when too many timed scenarios are active.
   */
  run(command: ScenarioCommand, by: string): ScenarioRecord {
    const checked = parseScenarioCommand(command);
    const symbol = 'symbol' in checked ? checked.symbol : undefined;
    if (symbol !== undefined && !this.simulates(symbol)) throw new UnknownSymbolError(symbol);
    const params = Object.freeze(scenarioParams(checked));
    const now = this.simulator.now();
    this.prune(now);
    const timed = checked.type !== 'halt' && checked.type !== 'resume';
    if (timed && this.timed.length >= this.maxActive) throw new ScenarioLimitError(this.maxActive);
    let endsAt: number | undefined;
    switch (checked.type) {
      case 'flash-crash':
        this.simulator.flashCrash({
          symbol,
          dropPct: params['dropPct'],
          durationMs: params['durationMs'],
          recoveryMs: params['recoveryMs'],
        });
        endsAt = now + params['durationMs'] + params['recoveryMs'];
        break;
      case 'volatility':
        this.simulator.volatilitySpike({
          symbol,
          factor: params['factor'],
          durationMs: params['durationMs'],
        });
        endsAt = now + params['durationMs'];
        break;
      case 'stall':
        this.simulator.stall(params['durationMs']);
        endsAt = now + params['durationMs'];
        break;
      case 'halt':
        this.simulator.halt(checked.symbol);
        break;
      case 'resume':
        this.simulator.resume(checked.symbol);
        endsAt = now;
        break;
    }
    const record: ScenarioRecord = {
      id: `${this.idPrefix}-${++this.count}`,
      type: checked.type,
      ...(symbol === undefined ? {} : { symbol }),
      params,
      by,
      startedAt: now,
      ...(endsAt === undefined ? {} : { endsAt }),
      active: checked.type !== 'resume',
    };
    if (checked.type === 'halt' || checked.type === 'resume') {
      // A halt lasts until the symbol's next resume; halting a halted symbol replaces its record.
      this.end(this.halts.get(checked.symbol), now);
      if (checked.type === 'halt') this.halts.set(checked.symbol, record);
      else this.halts.delete(checked.symbol);
    } else {
      this.timed.push(record);
    }
    this.recent.unshift(record);
    if (this.recent.length > this.recentLimit) this.recent.length = this.recentLimit;
    return { ...record };
  }

  /** Active scenarios and the latest ones, newest first, as of the simulator's now. */
  list(): ScenarioList {
    this.prune(this.simulator.now());
    const active = [...this.halts.values(), ...this.timed].sort((a, b) => order(b) - order(a));
    return {
      active: active.map((record) => ({ ...record })),
      recent: this.recent.map((record) => ({ ...record })),
    };
  }

  private simulates(symbol: string): boolean {
    return this.simulator.instruments.some((instrument) => instrument.symbol === symbol);
  }

  /** Marks what has ended by `now` inactive. */
  private prune(now: number): void {
    this.timed = this.timed.filter((record) => {
      if ((record.endsAt as number) > now) return true;
      record.active = false;
      return false;
    });
    for (const [symbol, record] of this.halts) {
      // Resumed behind the desk's back (directly on the simulator): the halt is over.
      if (!this.simulator.isHalted(symbol)) {
        this.end(record, now);
        this.halts.delete(symbol);
      }
    }
  }

  private end(record: ScenarioRecord | undefined, now: number): void {
    if (!record) return;
    record.active = false;
    record.endsAt = now;
  }
}

/** Creation order: the counter at the end of the id. */
function order(record: ScenarioRecord): number {
  return Number(record.id.slice(record.id.lastIndexOf('-') + 1));
}
