// What the offline banner says: whether we are offline or just can't reach
// the server, how old the data on screen is, and how many shares wait to be
// sent. null when there is nothing to say (online, live data, nothing waiting).
import { relativeTime } from './relativeTime.js';

/**
 * @param {{online: boolean, savedAt: string|null, pending: number, now?: number}} state
 *   savedAt: when the oldest cached answer on screen was made (its Date header).
 */
export function offlineMessage({ online, savedAt, pending, now = Date.now() }) {
  if (online && !savedAt) return null;
  const parts = [online ? "Can't reach Amplify right now." : "You're offline."];
  if (savedAt) parts.push(`Showing what was saved ${relativeTime(savedAt, now)}.`);
  if (pending === 1) parts.push('1 share waiting to send.');
  if (pending > 1) parts.push(`${pending} shares waiting to send.`);
  return parts.join(' ');
}

/** The older of two Date header values (either may be missing or unreadable). */
export function olderDate(a, b) {
  const time = (value) => (value ? new Date(value).getTime() : NaN);
  if (Number.isNaN(time(a))) return Number.isNaN(time(b)) ? null : new Date(b).toISOString();
  if (Number.isNaN(time(b))) return new Date(a).toISOString();
  return new Date(Math.min(time(a), time(b))).toISOString();
}
