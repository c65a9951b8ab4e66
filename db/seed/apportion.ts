/** Whole-number shares of `total` proportional to `weights` that add up to exactly `total` (largest remainder). */
export function apportion(weights: readonly number[], total = 100): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0) throw new Error('apportion needs a positive weight');
  const exact = weights.map((weight) => (weight * total) / sum);
  const shares = exact.map(Math.floor);
  let missing = total - shares.reduce((acc, share) => acc + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing === 0) break;
    shares[index]! += 1;
    missing -= 1;
  }
  return shares;
}
