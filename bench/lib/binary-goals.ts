import type { BrowserOutcome } from '../browser/dashboard-bench';
import type { GoalCheck } from './goals';
import type { ServerResults } from './report';
import type { ServerKind } from './servers';

type Results = Partial<Record<ServerKind, ServerResults>>;
type Check = Omit<GoalCheck, 'server'>;

/** binary / JSON as a goal line: met when the ratio is at most `max`. */
function ratioCheck(goal: string, max: number, binary: number | null, json: number | null): Check {
  const known = binary !== null && json !== null && json > 0;
  return {
    goal,
    target: `<= ${max.toFixed(2)}x`,
    measured: known ? `${(binary / json).toFixed(2)}x` : '-',
    met: known ? binary <= max * json : null,
  };
}

const perUpdate = (value: number | undefined, updatesPerSec: number | undefined) =>
  value === undefined || !updatesPerSec ? null : value / updatesPerSec;

/**
 * Issue 14's goals: the same S1 workload in tickwire.v1.msgpack against JSON (bytes, gateway CPU
 * and load-generator CPU per delivered update), and the dashboard's decode time per update and
 * frame rate in each encoding. Reported, never asserted.
 */
export function checkBinaryGoals(
  results: Results,
  browser: BrowserOutcome | undefined,
): GoalCheck[] {
  const binary = results['tickwire-msgpack']?.fanOut?.s1;
  const json = results.tickwire?.fanOut?.s1;
  const checks: Check[] = [];
  if (binary && json) {
    checks.push(
      ratioCheck(
        'S1 bytes per update, binary vs JSON',
        0.5,
        perUpdate(binary.bytesPerSec, binary.updatesPerSec),
        perUpdate(json.bytesPerSec, json.updatesPerSec),
      ),
      ratioCheck(
        'S1 gateway CPU per update, binary vs JSON',
        1,
        binary.cpuUsPerUpdate,
        json.cpuUsPerUpdate,
      ),
      ratioCheck(
        'S1 load-generator CPU per update, binary vs JSON',
        1,
        perUpdate(binary.clientCpuPct, binary.updatesPerSec),
        perUpdate(json.clientCpuPct, json.updatesPerSec),
      ),
    );
  }
  if (browser && 'decode' in browser) {
    const { msgpack, json: text, symbols } = browser.decode;
    const allBinary = msgpack.frames > 0 && msgpack.binaryFrames === msgpack.frames;
    checks.push(
      ratioCheck(
        `dashboard decode per update, binary vs JSON.parse (${symbols} symbols)`,
        1,
        allBinary ? msgpack.usPerUpdate : null,
        text.usPerUpdate,
      ),
      {
        goal: `dashboard fps, binary vs JSON (${symbols} symbols)`,
        target: 'no worse (within 2 fps)',
        measured: `${msgpack.fps.toFixed(1)} vs ${text.fps.toFixed(1)} fps`,
        met: allBinary ? msgpack.fps >= text.fps - 2 : null,
      },
    );
  }
  return checks.map((check) => ({ server: 'tickwire-msgpack', ...check }));
}
