// Periods for the Insights screen as the server's inclusive "YYYY-MM-DD"
// days. Presets are worked out from the browser's local calendar, so "this
// month" starts on the 1st where the manager is, not where UTC is.
const pad = (n) => String(n).padStart(2, '0');

export const PRESETS = [
  { id: '7d', label: 'Last 7 days' },
  { id: '30d', label: 'Last 30 days' },
  { id: 'month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
];

export const DEFAULT_PRESET = '30d';

/** A Date's local calendar day as "YYYY-MM-DD". */
export function isoDay(date) {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "YYYY-MM-DD" as local midnight; null for anything else (e.g. a half-typed date). */
export function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  if (!match) return null;
  // setFullYear: new Date(2, …) would mean 1902.
  const date = new Date(2000, Number(match[2]) - 1, Number(match[3]));
  date.setFullYear(Number(match[1]));
  return isoDay(date) === text ? date : null; // rejects 2026-02-30
}

// Calendar arithmetic with setDate, not milliseconds, so a daylight-saving
// change inside the range never moves a day.
function addDays(date, days) {
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  next.setDate(next.getDate() + days);
  return next;
}

/** {from, to} for a preset id, relative to `today`; null for an unknown id. */
export function presetRange(id, today = new Date()) {
  const y = today.getFullYear();
  const m = today.getMonth();
  if (id === '7d') return { from: isoDay(addDays(today, -6)), to: isoDay(today) };
  if (id === '30d') return { from: isoDay(addDays(today, -29)), to: isoDay(today) };
  if (id === 'month') return { from: isoDay(new Date(y, m, 1)), to: isoDay(today) };
  if (id === 'last-month') return { from: isoDay(new Date(y, m - 1, 1)), to: isoDay(new Date(y, m, 0)) };
  return null;
}

/** The preset a range equals today, or null for a custom range. */
export function matchPreset({ from, to }, today = new Date()) {
  const found = PRESETS.find(({ id }) => {
    const range = presetRange(id, today);
    return range.from === from && range.to === to;
  });
  return found ? found.id : null;
}

// Two years, leap day included. Typing a year digit by digit passes through
// years like 0002, which would otherwise ask for (and chart) centuries.
export const MAX_DAYS = 731;

/** Why a typed range can't be asked for, or null when it can. */
export function rangeProblem({ from, to }) {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) return 'Choose a start and an end date.';
  if (start > end) return 'The start date must be on or before the end date.';
  if (dayCount(from, to) > MAX_DAYS) return 'Choose a period of two years or less.';
  return null;
}

/** Inclusive count of days from "YYYY-MM-DD" to "YYYY-MM-DD" (0 if unreadable). */
export function dayCount(from, to) {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end || start > end) return 0;
  // Date.UTC sidesteps 23- and 25-hour days.
  const utc = (d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((utc(end) - utc(start)) / 86400e3) + 1;
}

/** Every day from `from` to `to` inclusive, as "YYYY-MM-DD". */
export function daysBetween(from, to) {
  const start = parseDay(from);
  const count = dayCount(from, to);
  return Array.from({ length: count }, (_, i) => isoDay(addDays(start, i)));
}
