import type { ListFormat } from '@/lib/campaigns/list';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats the exact decimal string (Intl reads strings without going through a float). */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    numberFormats.set(key, format);
  }
  return format.format(amount as Intl.StringNumericLiteral);
}

export function formatBudget(min: string | null, max: string | null, currency: string, locale: string): string | null {
  if (min !== null && max !== null) return `${formatMoney(min, currency, locale)} – ${formatMoney(max, currency, locale)}`;
  if (max !== null) return `Up to ${formatMoney(max, currency, locale)}`;
  if (min !== null) return `From ${formatMoney(min, currency, locale)}`;
  return null;
}

export function formatDate(date: Date, { locale, timeZone }: ListFormat): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    date,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
