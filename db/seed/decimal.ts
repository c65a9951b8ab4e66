/** Exact decimals for money and 2-place scores: values are integers of hundredths, formatted only at the end. */
export function formatHundredths(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths)) throw new Error(`not a whole number of hundredths: ${hundredths}`);
  const sign = hundredths < 0 ? '-' : '';
  const absolute = Math.abs(hundredths);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

export function parseHundredths(value: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new Error(`not a decimal with at most two places: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  const absolute = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -absolute : absolute;
}

/** `minor` scaled by a whole percentage and rounded to a multiple of `step` minor units. */
export function scaleMinor(minor: number, percent: number, step = 100): number {
  return Math.round((minor * percent) / 100 / step) * step;
}

export function sumMinor(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
