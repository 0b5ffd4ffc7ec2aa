import { goalTitle, type GoalCheck } from './goals';
import { scaleOutCells, tableCells, type Row, type TableCells } from './report';
import type { ScaleOutConfig } from './scale-out';
import type { ServerKind } from './servers';

/** The run's tables and goals as Markdown, ready for docs/benchmarks.md. */
export function renderMarkdown(
  rows: Row[],
  kinds: ServerKind[],
  goals: GoalCheck[],
  scaleOutRows: Row<ScaleOutConfig>[] = [],
): string {
  const lines: string[] = [];
  if (rows.some((row) => Object.keys(row.values).length > 0)) {
    lines.push(...markdownTable(tableCells(rows, kinds, ' / ')), '');
  }
  if (scaleOutRows.length > 0) lines.push(...markdownTable(scaleOutCells(scaleOutRows, ' / ')), '');
  lines.push('| goal | target | measured | |', '| --- | --- | --- | --- |');
  for (const goal of goals) {
    const verdict = goal.notJudged
      ? 'not judged in quick mode'
      : goal.met === null
        ? 'n/a'
        : goal.met
          ? 'met'
          : '**missed**';
    lines.push(`| ${goalTitle(goal)} | ${goal.target} | ${goal.measured} | ${verdict} |`);
  }
  return `${lines.join('\n')}\n`;
}

function markdownTable({ header, lines }: TableCells): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}
