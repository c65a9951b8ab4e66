const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const momentFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** Campaign dates are calendar days stored as midnight UTC, so they are shown in UTC. */
export const formatDay = (date: Date | null) => (date ? dayFormat.format(date) : 'Not set');

export const formatMoment = (date: Date) => `${momentFormat.format(date)} UTC`;

/** The value of an <input type="date">. */
export const dateInputValue = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

/** Formats a decimal string exactly (Intl formats strings without converting them to floating point). */
export function formatMoney(amount: string | null, currency: string): string {
  if (amount === null) return 'Not set';
  const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
  return format.format(amount as Intl.StringNumericLiteral);
}

/** Currency choices for a select, built on the server. */
export const currencySelectOptions = (options: readonly { code: string; name: string }[]) =>
  options.map((option) => ({ value: option.code, label: `${option.name} (${option.code})` }));
