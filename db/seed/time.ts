/** Seeded history is laid out around this fixed day, so the same seed always writes the same timestamps. */
export const seedAnchor = new Date('2026-11-01T00:00:00Z');

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** The anchor moved by whole days (negative = before) plus minutes. */
export function atDay(days: number, minutes = 0): Date {
  return new Date(seedAnchor.getTime() + days * dayMs + minutes * minuteMs);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * minuteMs);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

/** ClickHouse DateTime text: 'YYYY-MM-DD hh:mm:ss' in UTC. */
export function clickhouseDateTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** A minute-precise moment between `from` and `to` (or `from` itself when the range is empty). */
export function momentBetween(random: { int(min: number, max: number): number }, from: Date, to: Date): Date {
  const minutes = Math.floor((to.getTime() - from.getTime()) / minuteMs);
  return minutes <= 0 ? from : addMinutes(from, random.int(0, minutes));
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}
