import type { Row } from './report';
import { SERVER_LABELS, type ServerKind } from './servers';

const COLORS: Record<ServerKind, string> = {
  tickwire: '#2f7ed8',
  'tickwire-parsed': '#8fb8e8',
  'tickwire-msgpack': '#7b4fd8',
  'tickwire-aligned': '#1a9e77',
  socketio: '#d8742f',
  limit: '#6a6a6a',
};

const PANEL_WIDTH = 300;
const BAR_HEIGHT = 18;
// Wide enough for the longest server label, "Tickwire JSON parsed".
const LABEL_WIDTH = 130;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function formatValue(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/**
 * One horizontal bar panel per chosen metric, servers side by side: plain SVG text, so the
 * bench draws its own chart without a library.
 */
export function renderChart(rows: Row[], kinds: ServerKind[], title: string): string {
  const wanted = [
    ['S1', 'CPU per update'],
    ['S1', 'delay p99'],
    ['S3', 'normal clients delay p99'],
    ['S3', 'peak server RSS'],
    ['S2', 'RSS per connection, after full GC'],
    ['S1', 'CPU per update, net of idle feed'],
  ];
  const panels = wanted
    .map(([scenario, metric]) =>
      rows.find((row) => row.scenario === scenario && row.metric === metric),
    )
    .filter((row): row is Row => row !== undefined);
  const columns = 2;
  const panelHeight = 40 + kinds.length * (BAR_HEIGHT + 6);
  const width = columns * (LABEL_WIDTH + PANEL_WIDTH + 70) + 20;
  const height = 70 + Math.ceil(panels.length / columns) * (panelHeight + 20);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${escape(title)}</text>`,
  ];
  kinds.forEach((kind, index) => {
    const x = 10 + index * 140;
    parts.push(`<rect x="${x}" y="34" width="12" height="12" fill="${COLORS[kind]}"/>`);
    parts.push(`<text x="${x + 16}" y="44">${escape(SERVER_LABELS[kind])}</text>`);
  });
  panels.forEach((row, index) => {
    const originX = 10 + (index % columns) * (LABEL_WIDTH + PANEL_WIDTH + 70);
    const originY = 70 + Math.floor(index / columns) * (panelHeight + 20);
    const better = row.lowerIsBetter ? 'lower is better' : 'higher is better';
    const unit = row.unit ? ` (${row.unit})` : '';
    parts.push(
      `<text x="${originX}" y="${originY + 14}" font-weight="bold">${escape(`${row.scenario} ${row.metric}${unit}`)}</text>`,
      `<text x="${originX}" y="${originY + 28}" fill="#666">${better}</text>`,
    );
    const values = kinds.map((kind) => row.values[kind] ?? null);
    const max = Math.max(...values.map((value) => value ?? 0), 1e-9);
    kinds.forEach((kind, barIndex) => {
      const value = values[barIndex];
      const y = originY + 36 + barIndex * (BAR_HEIGHT + 6);
      const barWidth = value === null ? 0 : Math.max(1, (value / max) * PANEL_WIDTH);
      parts.push(
        `<text x="${originX}" y="${y + 13}">${escape(SERVER_LABELS[kind])}</text>`,
        `<rect x="${originX + LABEL_WIDTH}" y="${y}" width="${barWidth.toFixed(1)}" height="${BAR_HEIGHT}" fill="${COLORS[kind]}"/>`,
        `<text x="${originX + LABEL_WIDTH + barWidth + 4}" y="${y + 13}">${value === null ? 'n/a' : formatValue(value)}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
