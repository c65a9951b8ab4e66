import { paymentsConfig } from './config';

/** Stripe's zero-decimal currencies: the API amount is the amount itself (https://docs.stripe.com/currencies#zero-decimal). */
const zeroDecimalCurrencies = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

/** Stripe's three-decimal currencies: amounts in thousandths whose last digit must be 0. */
const threeDecimalCurrencies = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/** Stripe keeps ISK two-decimal in the API but card networks accept whole krónur only. */
const wholeUnitTwoDecimalCurrencies = new Set(['ISK']);

const decimalPattern = /^(\d+)(?:\.(\d+))?$/;

export function isZeroDecimal(currency: string): boolean {
  return zeroDecimalCurrencies.has(currency.toUpperCase());
}

/** Digits after the decimal point in the amounts Stripe's API takes for this currency. */
function gatewayExponent(currency: string): number {
  const code = currency.toUpperCase();
  if (zeroDecimalCurrencies.has(code)) return 0;
  if (threeDecimalCurrencies.has(code)) return 3;
  return 2;
}

function parseDecimal(amount: string, currency: string): { whole: string; fraction: string } {
  const match = decimalPattern.exec(amount.trim());
  if (!match)
    throw new RangeError(`"${amount}" is not an amount of ${currency.toUpperCase()}: use digits such as 1500 or 1500.50.`);
  return { whole: match[1]!, fraction: (match[2] ?? '').replace(/0+$/, '') };
}

/** A decimal string amount as the integer Stripe expects (minor units; zero-decimal currencies as is). */
export function toGatewayAmount(amount: string, currency: string): number {
  const code = currency.toUpperCase();
  const { whole, fraction } = parseDecimal(amount, code);
  const exponent = gatewayExponent(code);
  if (exponent === 0 && fraction !== '') {
    throw new RangeError(`${code} has no minor unit: ${amount} ${code} cannot be charged. Use a whole amount such as ${whole}.`);
  }
  if (wholeUnitTwoDecimalCurrencies.has(code) && fraction !== '') {
    throw new RangeError(
      `${code} is charged in whole units only: ${amount} ${code} cannot be charged. Use a whole amount such as ${whole}.`,
    );
  }
  if (fraction.length > exponent) {
    throw new RangeError(`${code} amounts have at most ${exponent} decimals: ${amount} ${code} cannot be charged.`);
  }
  if (exponent === 3 && fraction.length === 3) {
    throw new RangeError(`Stripe takes ${code} amounts rounded to two decimals: ${amount} ${code} cannot be charged.`);
  }
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${amount} ${code} is too large to charge.`);
  return Number(minor);
}

/** Stripe's integer amount back as our decimal string (at least two decimals, as numeric(19,2) stores it). */
export function fromGatewayAmount(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`${minor} is not a gateway amount.`);
  const exponent = gatewayExponent(currency);
  const value = BigInt(minor);
  const scale = 10n ** BigInt(exponent);
  const fraction = exponent === 0 ? '' : (value % scale).toString().padStart(exponent, '0');
  const trimmed = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${value / scale}.${trimmed}`;
}

/** The smallest amount step of a currency in hundredths (numeric(19,2) units): 100 when only whole units exist. */
function stepInHundredths(currency: string): bigint {
  const code = currency.toUpperCase();
  return zeroDecimalCurrencies.has(code) || wholeUnitTwoDecimalCurrencies.has(code) ? 100n : 1n;
}

function toHundredths(amount: string): bigint {
  const { whole, fraction } = parseDecimal(amount, 'money');
  if (fraction.length > 2) throw new RangeError(`"${amount}" has more than two decimals.`);
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function fromHundredths(value: bigint): string {
  return `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
}

/** The percent as basis points (hundredths of a percent), so fee math stays in integers. */
function basisPoints(percent: number): bigint {
  const points = Math.round(percent * 100);
  if (points < 0 || points > 10_000) throw new RangeError(`${percent}% is not a fee percent.`);
  return BigInt(points);
}

/**
 * The platform's fee kept from a released amount: PLATFORM_FEE_PERCENT of it, rounded half-up to the currency's
 * smallest unit (whole units for zero-decimal currencies).
 */
export function platformFeeOf(amount: string, currency = 'GBP', percent = paymentsConfig().platformFeePercent): string {
  const step = stepInHundredths(currency);
  const units = toHundredths(amount);
  const numerator = units * basisPoints(percent);
  const denominator = 10_000n * step;
  const steps = (numerator * 2n + denominator) / (denominator * 2n);
  return fromHundredths(steps * step);
}

/** The creator's part of a release: the amount less the platform fee. */
export function netOfPlatformFee(amount: string, currency = 'GBP', percent = paymentsConfig().platformFeePercent): string {
  return fromHundredths(toHundredths(amount) - toHundredths(platformFeeOf(amount, currency, percent)));
}
