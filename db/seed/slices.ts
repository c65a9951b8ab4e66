/** An inclusive range of generated row indexes. */
export interface IndexRange {
  first: number;
  last: number;
}

/** `count` indexes from `first`, cut into at most `slices` contiguous ranges. */
export function sliceRanges(first: number, count: number, slices: number): IndexRange[] {
  const size = Math.max(1, Math.ceil(count / slices));
  const ranges: IndexRange[] = [];
  for (let start = first; start < first + count; start += size)
    ranges.push({ first: start, last: Math.min(first + count - 1, start + size - 1) });
  return ranges;
}

/** Runs `work` over the ranges, at most `concurrency` at once, reporting the running total of units as each finishes. */
export async function runSliced(
  ranges: readonly IndexRange[],
  concurrency: number,
  onDone: (units: number) => void,
  work: (range: IndexRange) => Promise<number>,
): Promise<number> {
  let next = 0;
  let total = 0;
  const worker = async () => {
    while (next < ranges.length) {
      const range = ranges[next++]!;
      const units = await work(range);
      total += units;
      onDone(total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ranges.length) }, worker));
  return total;
}
