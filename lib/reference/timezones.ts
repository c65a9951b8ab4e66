/**
 * IANA time zones as the runtime's Intl lists them (canonical names only). Node's list leaves out UTC
 * itself, which organizations may still choose.
 */
const timeZones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
const zoneSet = new Set(timeZones);

export function isTimeZone(value: string): boolean {
  if (zoneSet.has(value)) return true;
  // The list holds one name per zone, and older ICU data picks the old one (Asia/Calcutta, not Asia/Kolkata):
  // other IANA names the runtime understands are valid too. Offsets such as +05:00 are not zone names.
  if (value.length > 50 || !/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const option = (zone: string) => ({ value: zone, label: zone.replaceAll('_', ' ') });

export const timeZoneOptions = timeZones.map(option);

/** The list, plus the current value when it is an alias the list does not hold. */
export function timeZoneOptionsWith(current: string) {
  return zoneSet.has(current) ? timeZoneOptions : [option(current), ...timeZoneOptions];
}
