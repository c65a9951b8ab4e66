import type { FakeFollowerRisk, StatsDataSource } from '@/db/schema';

const counts = new Intl.NumberFormat('en-GB');
const compactCounts = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const none = '—';

export const formatCount = (value: number | null): string => (value === null ? none : counts.format(value));
export const formatCompactCount = (value: number) => compactCounts.format(value);
export const formatDate = (value: Date) => dates.format(value);
/** Engagement and audience shares are percentages already (3.25 means 3.25 %). */
export const formatPercent = (value: number | string | null) => (value === null ? none : `${value}%`);

export const riskLabels: Record<FakeFollowerRisk, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const dataSourceLabels: Record<StatsDataSource, string> = {
  platform_api: 'Platform API',
  user_submitted: 'Reported by the creator',
};

export const genderLabels: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other' };
