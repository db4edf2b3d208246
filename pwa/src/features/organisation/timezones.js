// The time zones the browser knows (IANA names), for the Region picker, with
// the organisation's own kept even if this browser doesn't list it.

export function timeZones(current, supported = supportedZones()) {
  const zones = new Set(supported);
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

function supportedZones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return []; // an older browser: UTC and the current zone still show
  }
}

/** "Europe/Paris" -> "Europe / Paris", "America/Argentina/Salta" -> "America / Argentina / Salta". */
export const zoneLabel = (zone) => zone.replace(/_/g, ' ').split('/').join(' / ');

/** The time now in a zone, e.g. "18:05", or null for a zone the browser can't use. */
export function timeIn(zone, now = new Date()) {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(now);
  } catch {
    return null;
  }
}
