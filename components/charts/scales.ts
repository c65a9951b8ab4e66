/** Pure chart geometry: scales, ticks and SVG paths, shared by the server-rendered charts. */

export type Scale = (value: number) => number;

export interface Point {
  x: number;
  y: number;
}

export interface NiceDomain {
  min: number;
  max: number;
  ticks: number[];
}

/** Maps [d0, d1] onto [r0, r1]; a domain of one value maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (d0 === d1) return () => (r0 + r1) / 2;
  const ratio = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * ratio;
}

/** A round step (1, 2 or 5 times a power of ten) that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)));
const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * A domain widened to round tick values around the data. A flat series gets room above and below;
 * data that is never negative never gets a negative axis.
 */
export function niceDomain(values: readonly number[], count = 4, options: { includeZero?: boolean } = {}): NiceDomain {
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  let low = Math.min(...values, ...(options.includeZero ? [0] : []));
  let high = Math.max(...values);
  if (low === high) {
    const pad = Math.abs(high) * 0.1 || 1;
    low -= pad;
    high += pad;
    if (Math.min(...values) >= 0) low = Math.max(0, low);
  }
  const step = niceStep(high - low, count);
  const decimals = decimalsOf(step);
  const min = roundTo(Math.floor(low / step) * step, decimals);
  const max = roundTo(Math.ceil(high / step) * step, decimals);
  const ticks: number[] = [];
  for (let index = 0; min + index * step <= max + step / 2; index++) ticks.push(roundTo(min + index * step, decimals));
  return { min, max, ticks };
}

/** SVG coordinates to two decimals: enough for any screen, short in the HTML. */
export const roundCoordinate = (value: number) => Math.round(value * 100) / 100;

/** An SVG path through the points in order: "M x y L x y ...", or "" when there are none. */
export function linePath(points: readonly Point[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${roundCoordinate(point.x)} ${roundCoordinate(point.y)}`)
    .join(' ');
}

export interface BarGeometry {
  y: number;
  width: number;
  height: number;
}

/** Horizontal bars, one per value, stacked top to bottom with a gap; widths are proportional to `max`. */
export function barGeometry(values: readonly number[], max: number, width: number, rowHeight: number, gap = 6): BarGeometry[] {
  const scale = linearScale([0, max > 0 ? max : 1], [0, width]);
  return values.map((value, index) => ({
    y: index * rowHeight + gap / 2,
    width: Math.max(0, Math.min(width, scale(value))),
    height: rowHeight - gap,
  }));
}
