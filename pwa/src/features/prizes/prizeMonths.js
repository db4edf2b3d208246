// Prize months as the API names them ("2026-03"), and as people read them
// ("March 2026"). Keys are calendar months, so the arithmetic is done on
// year and month numbers, never on Dates that a time zone could shift.
const LABEL = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The month `date` falls in on the organisation's calendar (its `timeZone`, from /me), the
 * one the server closes and reminds about: a phone in New York must not show next month's
 * prizes from 19:00 on a London company's last day. The device's calendar when none is known. */
export function monthOf(date = new Date(), timeZone = undefined) {
  if (!timeZone) return key(date.getFullYear(), date.getMonth() + 1);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' })
    .formatToParts(date);
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return key(part('year'), part('month'));
}

/** The organisation's time zone, as /me gives it. */
export function zoneOf(me) {
  return (me && me.organisation && me.organisation.timezone) || undefined;
}

/** "2026-03" moved by `delta` months: shiftMonth("2026-01", -1) is "2025-12". */
export function shiftMonth(month, delta) {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return key(Math.floor(index / 12), (index % 12) + 1);
}

export function monthLabel(month) {
  if (!/^\d{4}-\d{2}$/.test(month || '')) return month || '';
  const [year, number] = month.split('-').map(Number);
  return LABEL.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** Months to choose from around `month`, oldest first: [{value, label}]. */
export function monthOptions(month, before = 3, after = 3) {
  const options = [];
  for (let delta = -before; delta <= after; delta += 1) {
    const value = shiftMonth(month, delta);
    options.push({ value, label: monthLabel(value) });
  }
  return options;
}

function key(year, number) {
  return `${year}-${String(number).padStart(2, '0')}`;
}
