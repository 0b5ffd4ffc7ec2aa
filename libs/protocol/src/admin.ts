/** Market control (`/api/admin/scenarios`): commands that drive the simulated market. */

import type { ScenarioCommand } from './schemas';

export const SCENARIO_TYPES = ['flash-crash', 'halt', 'resume', 'stall', 'volatility'] as const;
export type ScenarioType = (typeof SCENARIO_TYPES)[number];

// The commands (FlashCrashCommand, HaltCommand, ..., ScenarioCommand) are inferred from their
// schemas, which also parse them: `parseScenarioCommand` in schemas.ts.
export type {
  FlashCrashCommand,
  HaltCommand,
  ResumeCommand,
  ScenarioCommand,
  StallCommand,
  VolatilityCommand,
} from './schemas';
/** Bounds of every duration of a scenario, ms. */
export const SCENARIO_MIN_DURATION_MS = 100;
export const SCENARIO_MAX_DURATION_MS = 600_000;
export const SCENARIO_MAX_FACTOR = 20;

/** The values a command gets for the parameters it leaves out. */
export const SCENARIO_DEFAULTS = {
  'flash-crash': { dropPct: 10, durationMs: 2000, recoveryMs: 5000 },
  stall: { durationMs: 5000 },
  volatility: { factor: 4, durationMs: 30_000 },
} as const;

/** The numbers a scenario ran with: the command's, or the defaults. */
export type ScenarioParams = Readonly<Record<string, number>>;

/** One scenario an admin started: an answer of `POST`, an entry of `GET /api/admin/scenarios`. */
export interface ScenarioRecord {
  id: string;
  type: ScenarioType;
  /** Absent when the scenario applies to the whole simulated market. */
  symbol?: string;
  params: ScenarioParams;
  /** Username of the admin who started it. */
  by: string;
  /** Epoch ms, on the simulator's clock. */
  startedAt: number;
  /** Epoch ms; absent while a halt lasts (until a resume). */
  endsAt?: number;
  /** Whether it still acts on the market (as of the answer). */
  active: boolean;
}

/** Answer of `GET /api/admin/scenarios`, newest first. */
export interface ScenarioList {
  active: ScenarioRecord[];
  /** The latest scenarios (at most 50), active or not. */
  recent: ScenarioRecord[];
}

/** A body that is not a valid ScenarioCommand; the message says what is wrong. */
export class ScenarioCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioCommandError';
  }
}

/** The numbers a command runs with: its own, the defaults for the rest. */
export function scenarioParams(command: ScenarioCommand): ScenarioParams {
  switch (command.type) {
    case 'flash-crash': {
      const defaults = SCENARIO_DEFAULTS['flash-crash'];
      return {
        dropPct: command.dropPct ?? defaults.dropPct,
        durationMs: command.durationMs ?? defaults.durationMs,
        recoveryMs: command.recoveryMs ?? defaults.recoveryMs,
      };
    }
    case 'stall':
      return { durationMs: command.durationMs ?? SCENARIO_DEFAULTS.stall.durationMs };
    case 'volatility':
      return {
        factor: command.factor ?? SCENARIO_DEFAULTS.volatility.factor,
        durationMs: command.durationMs ?? SCENARIO_DEFAULTS.volatility.durationMs,
      };
    default:
      return {};
  }
}
