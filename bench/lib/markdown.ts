import { goalTitle, type GoalCheck } from './goals';
import { tableCells, type Row } from './report';
import type { ServerKind } from './servers';

/** The run's table and goals as Markdown, ready for docs/benchmarks.md. */
export function renderMarkdown(rows: Row[], kinds: ServerKind[], goals: GoalCheck[]): string {
  const { header, lines: cells } = tableCells(rows, kinds, ' / ');
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of cells) lines.push(`| ${row.join(' | ')} |`);
  lines.push('', '| goal | target | measured | |', '| --- | --- | --- | --- |');
  for (const goal of goals) {
    const verdict = goal.met === null ? 'n/a' : goal.met ? 'met' : '**missed**';
    lines.push(`| ${goalTitle(goal)} | ${goal.target} | ${goal.measured} | ${verdict} |`);
  }
  return `${lines.join('\n')}\n`;
}
