// <input type="datetime-local"> speaks "2025-05-01T09:30" in the device's
// time zone; the rule document stores exact instants as ISO 8601. These
// convert between the two.
const pad = (n) => String(n).padStart(2, '0');

/** An ISO instant as the local "YYYY-MM-DDTHH:mm" the input shows; "" if unreadable. */
export function isoToLocal(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The input's local text as a UTC ISO string; "" while it is incomplete. */
export function localToIso(text) {
  const date = new Date(text);
  return !text || Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The next whole hour from `now`, plus `days`, as ISO: defaults for new items. */
export function hourFromNow(days = 0, now = Date.now()) {
  const date = new Date(now + days * 86400e3);
  date.setMinutes(60, 0, 0);
  return date.toISOString();
}

export const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
