// "3 hours ago" / "in 2 days" in the user's language, for ledger lines and
// expiry hints. Falls back to a plain date when Intl support is missing.
const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function relativeTime(iso, now = Date.now()) {
  const date = new Date(iso);
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Number.isNaN(seconds)) return '';
  if (!('RelativeTimeFormat' in Intl)) return date.toLocaleDateString();
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return Math.abs(seconds) < 45 ? 'just now' : format.format(Math.round(seconds / 60), 'minute');
}

export function fullDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
