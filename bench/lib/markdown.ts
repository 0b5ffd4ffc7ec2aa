import type { GoalCheck } from './goals';
import { ratio, type Row } from './report';
import { SERVER_LABELS, type ServerKind } from './servers';

function cell(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '-';
  const abs = Math.abs(value);
  if (abs >= 10_000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratioCell(value: number | null): string {
  return value === null ? '-' : `${value.toFixed(2)}x`;
}

/** The run's table and goals as Markdown, ready for docs/benchmarks.md. */
export function renderMarkdown(rows: Row[], kinds: ServerKind[], goals: GoalCheck[]): string {
  const withSio = kinds.includes('tickwire') && kinds.includes('socketio');
  const withLimit = kinds.includes('tickwire') && kinds.includes('limit');
  const header = ['scenario', 'metric', ...kinds.map((kind) => SERVER_LABELS[kind])];
  if (withSio) header.push('Tickwire / Socket.IO');
  if (withLimit) header.push('Tickwire / limit');
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const cells = [
      row.scenario,
      row.unit ? `${row.metric} (${row.unit})` : row.metric,
      ...kinds.map((kind) => cell(row.values[kind])),
    ];
    if (withSio) cells.push(ratioCell(ratio(row.values.tickwire, row.values.socketio)));
    if (withLimit) cells.push(ratioCell(ratio(row.values.tickwire, row.values.limit)));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', '| goal | target | measured | |', '| --- | --- | --- | --- |');
  for (const goal of goals) {
    const verdict = goal.met === null ? 'n/a' : goal.met ? 'met' : '**missed**';
    lines.push(`| ${goal.goal} | ${goal.target} | ${goal.measured} | ${verdict} |`);
  }
  return `${lines.join('\n')}\n`;
}
