/**
 * `npm run soak -- --minutes 30`: the gateway under S1 plus churn, bad frames and paused readers,
 * sampled every minute; `--dashboard` soaks the dashboard in Chromium instead. Not part of CI.
 * Prints pass or fail on the goals and writes every sample to tmp/soak/ (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/servers';
import { soakDashboard } from './soak/dashboard-soak';
import { CHURN_PER_SECOND, PAUSED_READERS, soakGateway } from './soak/gateway-soak';
import { renderVerdicts, warmupMinutes } from './soak/trend';

function options(): { minutes: number; dashboard: boolean } {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '30' },
      dashboard: { type: 'boolean', default: false },
    },
  });
  const minutes = Number(values.minutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
    throw new Error(`--minutes: a whole number of minutes from 1 to 1440, not "${values.minutes}"`);
  }
  return { minutes, dashboard: values.dashboard };
}

async function main(): Promise<void> {
  const { minutes, dashboard } = options();
  const started = new Date();
  const print = (line: string) =>
    console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  print(
    dashboard
      ? `dashboard soak: ${minutes} min, warm-up ${warmupMinutes(minutes)} min`
      : `gateway soak: ${minutes} min (S1 + ${CHURN_PER_SECOND} churned connections/s, a quarter with a bad frame, ` +
          `${PAUSED_READERS} paused readers), warm-up ${warmupMinutes(minutes)} min`,
  );
  const result = dashboard
    ? await soakDashboard(minutes, print)
    : await soakGateway(minutes, print);
  console.log(`\nGoals:\n${renderVerdicts(result.verdicts)}`);
  const dir = join(ROOT, 'tmp', 'soak');
  mkdirSync(dir, { recursive: true });
  const file = join(
    dir,
    `${started.toISOString().replace(/[:]/g, '-').replace(/\..+/, 'Z')}-${dashboard ? 'dashboard' : 'gateway'}.json`,
  );
  writeFileSync(file, `${JSON.stringify({ date: started, minutes, ...result }, null, 2)}\n`);
  console.log(`wrote ${file}`);
  if (result.verdicts.some((v) => !v.passed)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
