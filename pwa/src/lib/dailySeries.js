// The daily chart's data: one point per day of the range, including days
// nobody shared (the server may leave those out), plus the sentence that
// stands in for the chart for screen readers and as its caption.
import { daysBetween } from './dateRange.js';
import { countOf, formatDay } from './analyticsFormat.js';

/** by_day rows → {days, shares, clicks}, gap days as 0, ordered by day. */
export function dailySeries(byDay, from, to) {
  const rows = Array.isArray(byDay) ? byDay : [];
  const known = new Map(rows.map((row) => [row.day, row]));
  let days = daysBetween(from, to);
  // An unreadable range: trust the rows the server sent.
  if (!days.length) days = [...known.keys()].sort();
  return {
    days,
    shares: days.map((day) => Number((known.get(day) || {}).shares) || 0),
    clicks: days.map((day) => Number((known.get(day) || {}).clicks) || 0),
  };
}

/** "120 shares and 340 clicks over 30 days. Most clicks on 12 Nov: 28." */
export function seriesSummary({ days, shares, clicks }) {
  const totalShares = shares.reduce((a, b) => a + b, 0);
  const totalClicks = clicks.reduce((a, b) => a + b, 0);
  if (!totalShares && !totalClicks) return 'No shares or clicks in this period.';
  const span = days.length === 1 ? 'on 1 day' : `over ${countOf(days.length, 'day')}`;
  const text = `${countOf(totalShares, 'share')} and ${countOf(totalClicks, 'click')} ${span}.`;
  if (days.length < 2) return text;
  const busiest = peak(clicks.some(Boolean) ? clicks : shares);
  const what = clicks.some(Boolean) ? 'clicks' : 'shares';
  const value = clicks.some(Boolean) ? clicks[busiest] : shares[busiest];
  return `${text} Most ${what} on ${formatDay(days[busiest])}: ${value}.`;
}

// The first day with the highest value.
function peak(values) {
  return values.reduce((best, value, i) => (value > values[best] ? i : best), 0);
}

// Round tops a little above the highest bar (12 → 15, not 20), so the
// tallest bar never touches the top edge.
const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** A round top for the value axis, at least 4 so a quiet week isn't all axis. */
export function niceMax(max) {
  if (!(max > 4)) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  return Math.round(STEPS.find((m) => m * power > max) * power);
}
