import { ratioCell, ratioColumns, type RatioColumn } from './ratios';
import {
  SCALE_OUT_CONFIGS,
  SCALE_OUT_LABELS,
  type ScaleOutConfig,
  type ScaleOutResult,
  type ScaleOutRun,
} from './scale-out';
import { SERVER_LABELS, type ServerKind, type TickwireKind } from './servers';
import { SERVER_ROWS, type ServerResults } from './server-rows';

export type { ServerResults } from './server-rows';

/** One line of a results table; `K` names its columns (servers, or scale-out configurations). */
export interface Row<K extends string = ServerKind> {
  scenario: string;
  metric: string;
  unit: string;
  /** true when smaller is better */
  lowerIsBetter: boolean;
  values: Partial<Record<K, number | null>>;
}

export function buildRows(results: Partial<Record<ServerKind, ServerResults>>): Row[] {
  return SERVER_ROWS.map((row) => ({
    scenario: row.scenario,
    metric: row.metric,
    unit: row.unit,
    lowerIsBetter: row.lower,
    values: Object.fromEntries(
      (Object.keys(results) as ServerKind[]).map((kind) => [
        kind,
        row.pick(results[kind] ?? {}) ?? null,
      ]),
    ),
  }));
}

/** A figure for a table cell: thousands grouped, fewer decimals as it grows. */
export function format(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '-';
  const abs = Math.abs(value);
  if (abs >= 10_000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A table's header and cells: one column per server, then the ratios. */
export interface TableCells {
  header: string[];
  lines: string[][];
}

/** Header and cells of the results table: one column per server, then the ratios. */
export function tableCells(rows: Row[], kinds: ServerKind[], ratioSeparator: string): TableCells {
  return cellsOf(rows, kinds, SERVER_LABELS, ratioColumns(kinds), ratioSeparator);
}

function cellsOf<K extends string>(
  rows: Row<K>[],
  columns: readonly K[],
  labels: Record<K, string>,
  ratios: RatioColumn<K>[],
  ratioSeparator: string,
): TableCells {
  const header = [
    'scenario',
    'metric',
    ...columns.map((column) => labels[column]),
    ...ratios.map((column) => column.names.join(ratioSeparator)),
  ];
  const lines = rows.map((row) => [
    row.scenario,
    row.unit ? `${row.metric} (${row.unit})` : row.metric,
    ...columns.map((column) => format(row.values[column])),
    ...ratios.map((column) => ratioCell(row, column)),
  ]);
  return { header, lines };
}

/** The table printed at the end of a run, in aligned plain-text columns. */
export function renderTable(rows: Row[], kinds: ServerKind[]): string {
  return renderColumns(tableCells(rows, kinds, '/'));
}

/** Cells in aligned plain-text columns: the two label columns to the left, figures to the right. */
export function renderColumns({ header, lines }: TableCells): string {
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...lines.map((line) => line[index].length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, index) => (index < 2 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
      .join('  ');
  return [
    render(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...lines.map(render),
  ].join('\n');
}

type ScaleOutPick = (run: ScaleOutRun) => number | null | undefined;

const SCALE_OUT_ROWS: { metric: string; unit: string; lower: boolean; pick: ScaleOutPick }[] = [
  { metric: 'feed ticks/s', unit: '/s', lower: false, pick: (r) => r.ticksPerSecond },
  {
    metric: 'bus caught up after subscribing',
    unit: 's',
    lower: true,
    pick: (r) => (r.catchUpMs === null ? null : r.catchUpMs / 1000),
  },
  {
    metric: 'delivered updates/s',
    unit: '/s',
    lower: false,
    pick: (r) => r.delivery.updatesPerSec,
  },
  {
    metric: 'gateway CPU per update, mean of gateways',
    unit: 'µs',
    lower: true,
    pick: (r) => r.cpuUsPerUpdateMean,
  },
  {
    metric: 'gateway 1 CPU per update',
    unit: 'µs',
    lower: true,
    pick: (r) => r.perGateway[0]?.cpuUsPerUpdate,
  },
  {
    metric: 'gateway 2 CPU per update',
    unit: 'µs',
    lower: true,
    pick: (r) => r.perGateway[1]?.cpuUsPerUpdate,
  },
  { metric: 'gateway CPU, all gateways', unit: '%', lower: true, pick: (r) => r.delivery.cpuPct },
  { metric: 'delay p50', unit: 'ms', lower: true, pick: (r) => r.delivery.delayP50Ms },
  { metric: 'delay p99', unit: 'ms', lower: true, pick: (r) => r.delivery.delayP99Ms },
  { metric: 'feed process CPU', unit: '%', lower: true, pick: (r) => r.feedCpuPct },
  { metric: 'Redis CPU', unit: '%', lower: true, pick: (r) => r.redisCpuPct },
  { metric: 'bus SPUBLISH/s', unit: '/s', lower: true, pick: (r) => r.bus?.spublishPerSec },
  { metric: 'Redis commands/s', unit: '/s', lower: true, pick: (r) => r.bus?.commandsPerSec },
  {
    metric: 'Redis instantaneous_ops_per_sec',
    unit: '/s',
    lower: true,
    pick: (r) => r.bus?.instantaneousOpsPerSec,
  },
  {
    metric: 'Redis connections opened (reconnects)',
    unit: '',
    lower: true,
    pick: (r) => r.bus?.connectionsOpened,
  },
  {
    metric: 'Redis largest client output buffer',
    unit: 'KiB',
    lower: true,
    pick: (r) => (r.bus ? r.bus.maxOutputBufferBytes / 1024 : null),
  },
  {
    metric: 'symbols resynced (gap, overflow)',
    unit: '',
    lower: true,
    pick: (r) => r.busResyncs,
  },
  {
    metric: 'CPU per update, gateways + feed + Redis',
    unit: 'µs',
    lower: true,
    pick: (r) => r.totalCpuUsPerUpdate,
  },
  {
    metric: 'load generators CPU',
    unit: '%',
    lower: true,
    pick: (r) => r.delivery.clientCpuPct,
  },
  { metric: 'machine load average', unit: '', lower: true, pick: (r) => r.delivery.loadAverage },
  { metric: 'gateway RSS, all gateways', unit: 'MiB', lower: true, pick: (r) => r.delivery.rssMiB },
];

const SCALE_OUT_RATIOS: RatioColumn<ScaleOutConfig>[] = [
  { numerator: 'redis-1', denominator: 'embedded', names: ['Redis 1', 'embedded'] },
  { numerator: 'redis-2', denominator: 'embedded', names: ['Redis 2', 'embedded'] },
];

/** The scale-out scenario's rows: per Tickwire kind, every metric by configuration. */
export function buildScaleOutRows(
  results: Partial<Record<TickwireKind, ScaleOutResult>>,
): Row<ScaleOutConfig>[] {
  return (Object.keys(results) as TickwireKind[]).flatMap((kind) =>
    SCALE_OUT_ROWS.map((row) => ({
      scenario: `${SERVER_LABELS[kind]} via Redis`,
      metric: row.metric,
      unit: row.unit,
      lowerIsBetter: row.lower,
      values: Object.fromEntries(
        SCALE_OUT_CONFIGS.map((config) => {
          const run = results[kind]?.[config];
          return [config, run ? (row.pick(run) ?? null) : null];
        }),
      ),
    })),
  );
}

export function scaleOutCells(rows: Row<ScaleOutConfig>[], ratioSeparator: string): TableCells {
  return cellsOf(rows, SCALE_OUT_CONFIGS, SCALE_OUT_LABELS, SCALE_OUT_RATIOS, ratioSeparator);
}
