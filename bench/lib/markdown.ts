import { goalTitle, type GoalCheck } from './goals';
import { ratioCell, ratioColumns } from './ratios';
import { format, type Row } from './report';
import { SERVER_LABELS, type ServerKind } from './servers';

/** The run's table and goals as Markdown, ready for docs/benchmarks.md. */
export function renderMarkdown(rows: Row[], kinds: ServerKind[], goals: GoalCheck[]): string {
  const ratios = ratioColumns(kinds);
  const header = [
    'scenario',
    'metric',
    ...kinds.map((kind) => SERVER_LABELS[kind]),
    ...ratios.map((column) => column.names.join(' / ')),
  ];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const cells = [
      row.scenario,
      row.unit ? `${row.metric} (${row.unit})` : row.metric,
      ...kinds.map((kind) => format(row.values[kind])),
      ...ratios.map((column) => ratioCell(row, column)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', '| goal | target | measured | |', '| --- | --- | --- | --- |');
  for (const goal of goals) {
    const verdict = goal.met === null ? 'n/a' : goal.met ? 'met' : '**missed**';
    lines.push(`| ${goalTitle(goal)} | ${goal.target} | ${goal.measured} | ${verdict} |`);
  }
  return `${lines.join('\n')}\n`;
}
