import { ChartTable } from './chart-table';
import { barGeometry, niceDomain } from './scales';

export interface BarDatum {
  label: string;
  value: number;
}

interface BarChartProps {
  /** What the chart shows, e.g. "Audience by age group"; names the image and captions its table. */
  label: string;
  data: readonly BarDatum[];
  formatValue: (value: number) => string;
  labelHeader: string;
  valueHeader: string;
}

const labelWidth = 72;
const valueWidth = 56;
const barWidth = 240;
const rowHeight = 26;

/** Horizontal bars rendered on the server: no client JavaScript. */
export function BarChart({ label, data, formatValue, labelHeader, valueHeader }: BarChartProps) {
  const { max } = niceDomain(
    data.map((datum) => datum.value),
    4,
    { includeZero: true },
  );
  const bars = barGeometry(
    data.map((datum) => datum.value),
    max,
    barWidth,
    rowHeight,
  );
  const summary = `${label}: ${data.map((datum) => `${datum.label} ${formatValue(datum.value)}`).join(', ')}`;
  const width = labelWidth + barWidth + valueWidth;
  return (
    <div>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${data.length * rowHeight}`} className="h-auto w-full max-w-md">
        {data.map((datum, index) => {
          const bar = bars[index]!;
          const middle = bar.y + bar.height / 2;
          return (
            <g key={datum.label}>
              <text
                x={labelWidth - 8}
                y={middle}
                textAnchor="end"
                dominantBaseline="middle"
                className="fill-zinc-700 text-[11px]"
              >
                {datum.label}
              </text>
              <rect x={labelWidth} y={bar.y} width={barWidth} height={bar.height} rx={3} className="fill-zinc-100" />
              <rect x={labelWidth} y={bar.y} width={bar.width} height={bar.height} rx={3} className="fill-accent-600" />
              <text
                x={labelWidth + barWidth + 6}
                y={middle}
                dominantBaseline="middle"
                className="fill-zinc-900 text-[11px] tabular-nums"
              >
                {formatValue(datum.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={label}
        labelHeader={labelHeader}
        valueHeader={valueHeader}
        rows={data.map((datum) => ({ label: datum.label, value: formatValue(datum.value) }))}
      />
    </div>
  );
}
