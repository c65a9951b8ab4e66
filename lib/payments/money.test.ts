import { describe, expect, it } from 'vitest';
import { fromGatewayAmount, isZeroDecimal, netOfPlatformFee, platformFeeOf, toGatewayAmount } from './money';

describe('toGatewayAmount', () => {
  it.each([
    ['1500.50', 'GBP', 150050],
    ['1500', 'EUR', 150000],
    ['0.05', 'USD', 5],
    ['19.9', 'usd', 1990],
    ['1500.00', 'JPY', 1500],
    ['25000', 'KRW', 25000],
    ['5.12', 'KWD', 5120],
    ['40.00', 'ISK', 4000],
  ])('%s %s → %i', (amount, currency, minor) => {
    expect(toGatewayAmount(amount, currency)).toBe(minor);
  });

  it('refuses a fractional amount of a zero-decimal currency', () => {
    expect(() => toGatewayAmount('1500.50', 'JPY')).toThrow(
      'JPY has no minor unit: 1500.50 JPY cannot be charged. Use a whole amount such as 1500.',
    );
  });

  it('refuses fractional krónur, which Stripe charges in whole units only', () => {
    expect(() => toGatewayAmount('40.10', 'ISK')).toThrow('ISK is charged in whole units only');
  });

  it('refuses more decimals than the currency has', () => {
    expect(() => toGatewayAmount('10.005', 'GBP')).toThrow('GBP amounts have at most 2 decimals');
  });

  it('refuses what is not an amount', () => {
    for (const amount of ['', '-5.00', '1e3', '12,50', 'abc']) {
      expect(() => toGatewayAmount(amount, 'GBP')).toThrow('is not an amount of GBP');
    }
  });

  it('refuses an amount beyond what a JS integer holds exactly', () => {
    expect(() => toGatewayAmount('99999999999999999.99', 'GBP')).toThrow('too large');
  });
});

describe('fromGatewayAmount', () => {
  it.each([
    [150050, 'GBP', '1500.50'],
    [5, 'EUR', '0.05'],
    [1500, 'JPY', '1500.00'],
    [1500, 'jpy', '1500.00'],
    [5120, 'KWD', '5.12'],
    [0, 'USD', '0.00'],
  ])('%i %s → %s', (minor, currency, amount) => {
    expect(fromGatewayAmount(minor, currency)).toBe(amount);
  });

  it('refuses a negative or fractional gateway amount', () => {
    expect(() => fromGatewayAmount(-1, 'GBP')).toThrow();
    expect(() => fromGatewayAmount(1.5, 'GBP')).toThrow();
  });

  it('round-trips every stored amount', () => {
    for (const [amount, currency] of [
      ['0.01', 'GBP'],
      ['1500.50', 'EUR'],
      ['123456789.99', 'USD'],
      ['1500.00', 'JPY'],
      ['987654.00', 'KRW'],
      ['5.12', 'KWD'],
    ] as const) {
      expect(fromGatewayAmount(toGatewayAmount(amount, currency), currency)).toBe(amount);
    }
  });
});

describe('isZeroDecimal', () => {
  it("follows Stripe's list", () => {
    expect(isZeroDecimal('JPY')).toBe(true);
    expect(isZeroDecimal('krw')).toBe(true);
    expect(isZeroDecimal('XOF')).toBe(true);
    expect(isZeroDecimal('GBP')).toBe(false);
    expect(isZeroDecimal('ISK')).toBe(false);
  });
});

describe('platformFeeOf', () => {
  it('takes the percent rounded half-up to the minor unit', () => {
    expect(platformFeeOf('0.05', 'GBP', 10)).toBe('0.01');
    expect(platformFeeOf('0.04', 'GBP', 10)).toBe('0.00');
    expect(platformFeeOf('1500.00', 'GBP', 10)).toBe('150.00');
    expect(platformFeeOf('1234.55', 'EUR', 10)).toBe('123.46');
    expect(platformFeeOf('100.00', 'USD', 7.5)).toBe('7.50');
    expect(platformFeeOf('0.10', 'USD', 12.5)).toBe('0.01');
    expect(platformFeeOf('1500.00', 'GBP', 0)).toBe('0.00');
  });

  it('rounds to whole units for zero-decimal currencies', () => {
    expect(platformFeeOf('1505', 'JPY', 10)).toBe('151.00');
    expect(platformFeeOf('1504.00', 'JPY', 10)).toBe('150.00');
  });

  it('is exact on amounts floats would get wrong', () => {
    expect(platformFeeOf('99999999999999999.99', 'GBP', 10)).toBe('10000000000000000.00');
  });

  it('defaults to PLATFORM_FEE_PERCENT (10 when unset)', () => {
    const saved = process.env.PLATFORM_FEE_PERCENT;
    try {
      delete process.env.PLATFORM_FEE_PERCENT;
      expect(platformFeeOf('200.00')).toBe('20.00');
      process.env.PLATFORM_FEE_PERCENT = '15';
      expect(platformFeeOf('200.00')).toBe('30.00');
    } finally {
      if (saved === undefined) delete process.env.PLATFORM_FEE_PERCENT;
      else process.env.PLATFORM_FEE_PERCENT = saved;
    }
  });

  it('leaves the creator the rest', () => {
    expect(netOfPlatformFee('0.05', 'GBP', 10)).toBe('0.04');
    expect(netOfPlatformFee('1505', 'JPY', 10)).toBe('1354.00');
  });
});
