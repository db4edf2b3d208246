// Figures on the Insights screen in the reader's language: counts ("1,240"),
// fractions as percentages ("57.5%"), clicks per share ("2.83"), money in
// the organisation's currency ("€812.50") and day ranges ("29 Oct – 27 Nov
// 2026"). A missing figure (null, e.g. no points yet this month) is a dash,
// never a misleading 0.
import { parseDay } from './dateRange.js';

export { countOf } from './countOf.js';

export const NO_FIGURE = '—';

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const ratio = new Intl.NumberFormat(undefined, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const longDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

const missing = (value) => value === null || value === undefined || Number.isNaN(Number(value));

export const formatCount = (value) => (missing(value) ? NO_FIGURE : count.format(Number(value)));

/** 0.575 → "57.5%". */
export const formatPercent = (fraction) => (missing(fraction) ? NO_FIGURE : percent.format(Number(fraction)));

/** Click-through is clicks per share: 2.8333 → "2.83". */
export const formatPerShare = (value) => (missing(value) ? NO_FIGURE : ratio.format(Number(value)));

const moneyFormats = new Map();

/** 812.5, "EUR" → "€812.50"; an unknown currency code falls back to "812.5 XYZ". */
export function formatMoney(value, currency) {
  if (missing(value)) return NO_FIGURE;
  const code = String(currency || '').toUpperCase();
  if (!moneyFormats.has(code)) {
    let format = null;
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency: code });
    } catch {
      // RangeError for codes Intl doesn't know (or none at all).
    }
    moneyFormats.set(code, format);
  }
  const format = moneyFormats.get(code);
  if (format) return format.format(Number(value));
  return code ? `${ratio.format(Number(value))} ${code}` : ratio.format(Number(value));
}

/** "2026-11-12" → "12 Nov" (in the reader's order). */
export function formatDay(day) {
  const date = parseDay(day);
  return date ? shortDay.format(date) : String(day || '');
}

/** "2026-10-29", "2026-11-27" → "29 Oct – 27 Nov 2026"; one day reads as that day. */
export function formatDayRange(from, to) {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) return '';
  if (from === to) return longDay.format(start);
  return typeof longDay.formatRange === 'function'
    ? longDay.formatRange(start, end)
    : `${longDay.format(start)} – ${longDay.format(end)}`;
}

/** "2026-11" → "November 2026". */
export function formatMonth(month) {
  const match = /^(\d{4})-(\d{2})$/.exec(month || '');
  return match ? monthName.format(new Date(Number(match[1]), Number(match[2]) - 1, 1)) : '';
}

/** What the live region says after the figures reload for a new period or team. */
export function updatedMessage(overview) {
  const range = overview && overview.range ? formatDayRange(overview.range.from, overview.range.to) : '';
  const scope = overview && overview.scope && overview.scope.label;
  return `Figures updated${range ? ` for ${range}` : ''}${scope ? `, ${scope}` : ''}.`;
}
