import { describe, expect, it } from 'vitest';
import { barGeometry, linePath, linearScale, niceDomain, niceStep } from './scales';

describe('linearScale', () => {
  it('maps the domain onto the range, including an inverted range for SVG y', () => {
    const x = linearScale([0, 10], [0, 200]);
    expect([x(0), x(5), x(10)]).toEqual([0, 100, 200]);
    const y = linearScale([100, 200], [180, 20]);
    expect([y(100), y(150), y(200)]).toEqual([180, 100, 20]);
  });

  it('puts every value in the middle when the domain is a single value', () => {
    const x = linearScale([5, 5], [0, 100]);
    expect([x(5), x(7)]).toEqual([50, 50]);
  });
});

describe('niceStep', () => {
  it('rounds to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(10_000, 5)).toBe(2_000);
    expect(niceStep(1, 4)).toBe(0.5);
    expect(niceStep(7, 1)).toBe(10);
  });

  it('falls back to 1 for an empty span', () => {
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe('niceDomain', () => {
  it('widens the data to round ticks', () => {
    expect(niceDomain([12_300, 15_800])).toEqual({ min: 12_000, max: 16_000, ticks: [12_000, 13_000, 14_000, 15_000, 16_000] });
  });

  it('starts at zero when asked', () => {
    expect(niceDomain([35, 62], 4, { includeZero: true })).toEqual({ min: 0, max: 80, ticks: [0, 20, 40, 60, 80] });
  });

  it('keeps decimal ticks free of floating-point noise', () => {
    const { ticks } = niceDomain([2.1, 3.3]);
    expect(ticks).toEqual([2, 2.5, 3, 3.5]);
  });

  it('gives a flat series room around it without going below zero', () => {
    expect(niceDomain([1_000, 1_000])).toMatchObject({ min: 900, max: 1_100 });
    expect(niceDomain([0])).toMatchObject({ min: 0, max: 1 });
  });

  it('has a default for no data', () => {
    expect(niceDomain([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});

describe('linePath', () => {
  it('moves to the first point and draws lines to the rest, rounded to two decimals', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.123, y: 2 },
        { x: 10, y: 0.005 },
      ]),
    ).toBe('M0 10 L5.12 2 L10 0.01');
  });

  it('is empty without points', () => {
    expect(linePath([])).toBe('');
  });
});

describe('barGeometry', () => {
  it('sizes bars proportionally to the maximum and stacks them with a gap', () => {
    expect(barGeometry([50, 100, 0], 100, 200, 20, 4)).toEqual([
      { y: 2, width: 100, height: 16 },
      { y: 22, width: 200, height: 16 },
      { y: 42, width: 0, height: 16 },
    ]);
  });

  it('clamps values outside 0..max and survives a zero maximum', () => {
    expect(barGeometry([150, -5], 100, 200, 20).map((bar) => bar.width)).toEqual([200, 0]);
    expect(barGeometry([0], 0, 200, 20).map((bar) => bar.width)).toEqual([0]);
  });
});
