import type { GoalCheck } from './goals';
import { format, formatRatio, ratio, type Row } from './report';
import { SERVER_LABELS, type ServerKind } from './servers';

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
      ...kinds.map((kind) => format(row.values[kind])),
    ];
    if (withSio) cells.push(formatRatio(ratio(row.values.tickwire, row.values.socketio)));
    if (withLimit) cells.push(formatRatio(ratio(row.values.tickwire, row.values.limit)));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', '| goal | target | measured | |', '| --- | --- | --- | --- |');
  for (const goal of goals) {
    const verdict = goal.met === null ? 'n/a' : goal.met ? 'met' : '**missed**';
    lines.push(`| ${goal.goal} | ${goal.target} | ${goal.measured} | ${verdict} |`);
  }
  return `${lines.join('\n')}\n`;
}
