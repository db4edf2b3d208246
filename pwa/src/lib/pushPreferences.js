// Pure: the notification preferences as the form edits them, and back into
// the shape PUT /push/preferences takes; where each server error goes.
import { normaliseTime, quietHoursErrors } from './pushSupport.js';
import { flattenFieldErrors } from './fieldErrors.js';

// The server's category keys, in the order (and words) the screen shows them.
export const CATEGORIES = [
  { key: 'content', label: 'New content', hint: 'Something new for you to share.' },
  { key: 'prizes', label: 'Prizes', hint: 'When you win a prize.' },
  { key: 'progress', label: 'Badges and levels', hint: 'When you earn a badge or reach a new level.' },
  { key: 'digest', label: 'Weekly digest', hint: 'Your week on Amplify, once a week.' },
];

// Offered when quiet hours are first switched on: a night's sleep.
export const DEFAULT_QUIET_HOURS = { start: '22:00', end: '07:00' };

/** The server's preferences as form state; `zone` is used when none is saved. */
export function toForm(preferences, zone) {
  const saved = preferences || {};
  const quiet = saved.quiet_hours;
  return {
    categories: { ...(saved.categories || {}) },
    quietOn: Boolean(quiet),
    start: (quiet && quiet.start) || DEFAULT_QUIET_HOURS.start,
    end: (quiet && quiet.end) || DEFAULT_QUIET_HOURS.end,
    timezone: saved.timezone || zone || 'UTC',
  };
}

/** The body for PUT /push/preferences. Unknown categories go back untouched. */
export function toBody(form) {
  return {
    categories: { ...form.categories },
    quiet_hours: form.quietOn ? { start: normaliseTime(form.start), end: normaliseTime(form.end) } : null,
    timezone: form.timezone,
  };
}

/** Problems found before asking the server, in the server's field names. */
export function localErrors(form) {
  if (!form.quietOn) return {};
  const problems = quietHoursErrors({ start: normaliseTime(form.start), end: normaliseTime(form.end) });
  const fields = {};
  if (problems.start) fields['quiet_hours.start'] = problems.start;
  if (problems.end) fields['quiet_hours.end'] = problems.end;
  return fields;
}

/**
 * A 422's `fields` (e.g. {"quiet_hours": {"end": ["…"]}}) sorted into the
 * places the form shows them; anything else is listed under the form.
 */
export function placeErrors(fields) {
  const placed = { start: '', end: '', quietHours: '', timezone: '', categories: '', other: [] };
  const add = (slot, message) => (placed[slot] = placed[slot] ? `${placed[slot]} ${message}` : message);
  for (const [name, message] of Object.entries(flattenFieldErrors(fields))) {
    if (name === 'quiet_hours.start') add('start', message);
    else if (name === 'quiet_hours.end') add('end', message);
    else if (name === 'quiet_hours' || name.startsWith('quiet_hours.')) add('quietHours', message);
    else if (name === 'timezone') add('timezone', message);
    else if (name === 'categories' || name.startsWith('categories.')) add('categories', message);
    else placed.other.push(`${name}: ${message}`);
  }
  return placed;
}

/** Every IANA zone the browser knows, plus the saved and device zones if it lacks them. */
export function timeZoneOptions(supported, ...always) {
  const zones = new Set([...(supported || []), ...always.filter(Boolean)]);
  return [...zones].sort();
}
