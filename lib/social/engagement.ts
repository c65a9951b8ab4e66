/**
 * Engagement rate in percent with two decimals, rounded half up, from integers only:
 * interactions / (posts × followers) × 100. Null when it cannot be computed or does not fit numeric(5,2).
 */
export function engagementRatePercent(interactions: number, posts: number, followers: number): string | undefined {
  if (posts <= 0 || followers <= 0 || interactions < 0) return undefined;
  const denominator = BigInt(posts) * BigInt(followers);
  const hundredths = (BigInt(interactions) * 10_000n * 2n + denominator) / (2n * denominator);
  if (hundredths >= 100_000n) return undefined;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/** The average rounded half up, as a whole number. */
export function averageOf(total: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  return Number((BigInt(total) * 2n + BigInt(count)) / (2n * BigInt(count)));
}

/** Platforms send counts as numbers or numeric strings (YouTube); anything else is unknown. */
export function countOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}
