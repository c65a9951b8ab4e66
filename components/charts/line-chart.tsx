import { ChartTable } from './chart-table';
import { linePath, linearScale, niceDomain, roundCoordinate } from './scales';

export interface LineDatum {
  date: Date;
  value: number;
}

interface LineChartProps {
  /** What the chart shows, e.g. "Instagram followers"; names the image and captions its table. */
  label: string;
  points: readonly LineDatum[];
  /** Exact values, for the summary and the table. */
  formatValue: (value: number) => string;
  /** Axis labels; defaults to formatValue. */
  formatTick?: (value: number) => string;
  formatDate: (date: Date) => string;
  valueHeader: string;
}

const width = 560;
const height = 200;
const margin = { top: 12, right: 16, bottom: 28, left: 64 };

/** One series over time, rendered on the server: no client JavaScript. Points must be oldest first. */
export function LineChart({ label, points, formatValue, formatTick = formatValue, formatDate, valueHeader }: LineChartProps) {
  const values = points.map((point) => point.value);
  const domain = niceDomain(values);
  const first = points[0];
  const last = points.at(-1);
  const x = linearScale([first?.date.getTime() ?? 0, last?.date.getTime() ?? 0], [margin.left, width - margin.right]);
  const yScale = linearScale([domain.min, domain.max], [height - margin.bottom, margin.top]);
  const y = (value: number) => roundCoordinate(yScale(value));
  const plotted = points.map((point) => ({ x: roundCoordinate(x(point.date.getTime())), y: y(point.value) }));
  const at = (point: LineDatum) => `${formatValue(point.value)} on ${formatDate(point.date)}`;
  const summary =
    !first || !last
      ? `${label}: no data`
      : points.length === 1
        ? `${label}: 1 snapshot, ${at(first)}`
        : `${label}: ${points.length} snapshots, from ${at(first)} to ${at(last)}; lowest ${formatValue(Math.min(...values))}, highest ${formatValue(Math.max(...values))}`;
  return (
    <div>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full">
        {domain.ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="stroke-zinc-200" />
            <text
              x={margin.left - 8}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              className="fill-zinc-500 text-[11px] tabular-nums"
            >
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {first && last && (
          <>
            <text x={margin.left} y={height - 8} className="fill-zinc-500 text-[11px]">
              {formatDate(first.date)}
            </text>
            {points.length > 1 && (
              <text x={width - margin.right} y={height - 8} textAnchor="end" className="fill-zinc-500 text-[11px]">
                {formatDate(last.date)}
              </text>
            )}
          </>
        )}
        <path d={linePath(plotted)} fill="none" strokeWidth={2} strokeLinejoin="round" className="stroke-accent-600" />
        {plotted.map((point, index) => (
          <circle key={index} cx={point.x} cy={point.y} r={3} className="fill-accent-600" />
        ))}
      </svg>
      <ChartTable
        caption={label}
        labelHeader="Snapshot date"
        valueHeader={valueHeader}
        rows={points.map((point) => ({ label: formatDate(point.date), value: formatValue(point.value) }))}
      />
    </div>
  );
}
