// Pure helpers for Web Push on the page: can this browser do it, what has the
// advocate allowed, a name for the device, the server key as bytes, and
// quiet-hours wording. No DOM access at import time, so node tests (and the
// service worker) can load it.
import { iosVersion } from './iosDevice.js';

/** Push needs a service worker, the Push API and notifications, all three. */
export function pushSupported(scope = globalThis) {
  return Boolean(
    scope.navigator && 'serviceWorker' in scope.navigator && 'PushManager' in scope && 'Notification' in scope,
  );
}

/** 'unsupported' | 'default' | 'granted' | 'denied' */
export function permissionState(scope = globalThis) {
  if (!pushSupported(scope)) return 'unsupported';
  const permission = scope.Notification.permission;
  return permission === 'granted' || permission === 'denied' ? permission : 'default';
}

/**
 * Why push is unavailable, so the screen can say what to do about it:
 * 'ios-update' (older than 16.4), 'ios-install' (Safari only delivers push
 * to web apps added to the Home Screen) or 'browser' (anything else).
 */
export function unsupportedReason({ userAgent = '', maxTouchPoints = 0, standalone = false } = {}) {
  const ios = iosVersion(userAgent, maxTouchPoints);
  if (!ios) return 'browser';
  const [major, minor] = ios;
  if (major < 16 || (major === 16 && minor < 4)) return 'ios-update';
  return standalone ? 'browser' : 'ios-install';
}

// Order matters: Edge, Opera and Samsung also say "Chrome", Chrome also says
// "Safari", and iOS browsers say "like Mac OS X".
const BROWSERS = [
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS = [
  [/iPhone|iPod/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Macintosh|Mac OS X/, 'Mac'],
  [/Linux/, 'Linux'],
];

const firstMatch = (list, text) => (list.find(([pattern]) => pattern.test(text)) || [])[1];

/** "Chrome on Android", "Safari on iPhone"…, so advocates can tell their devices apart. */
export function deviceLabel(userAgent) {
  const text = String(userAgent || '');
  const browser = firstMatch(BROWSERS, text);
  const system = firstMatch(SYSTEMS, text);
  if (browser && system) return `${browser} on ${system}`;
  return browser || 'This browser';
}

/** The VAPID key arrives as base64url text; subscribe() wants the raw bytes. */
export function urlBase64ToUint8Array(base64url) {
  const padded = `${base64url}${'='.repeat((4 - (base64url.length % 4)) % 4)}`;
  const base64 = padded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Whether an existing subscription was made with this server key. A key the
 * server has since replaced means pushes to it would be refused, so the page
 * subscribes again. Browsers that don't expose the key are trusted.
 */
export function sameServerKey(subscriptionKey, serverKey) {
  if (!subscriptionKey || !serverKey) return true;
  const a = new Uint8Array(subscriptionKey);
  const b = new Uint8Array(serverKey);
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

// ---------- Quiet hours ----------

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM", 24-hour, as the server expects. */
export function isValidTime(value) {
  return typeof value === 'string' && TIME.test(value);
}

/** <input type="time"> may give "22:00:00" once seconds are involved. */
export function normaliseTime(value) {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(String(value || '').trim());
  return match ? `${match[1]}:${match[2]}` : String(value || '').trim();
}

/** Messages per field ({start, end}), worded like the server's; {} when fine. */
export function quietHoursErrors({ start, end }) {
  const errors = {};
  if (!isValidTime(start)) errors.start = 'Use a 24-hour time such as 22:00.';
  if (!isValidTime(end)) errors.end = 'Use a 24-hour time such as 07:00.';
  if (!errors.start && !errors.end && start === end) errors.end = 'The end must differ from the start.';
  return errors;
}

/** "22:00–07:00" (an en dash, read as "to"); '' when there are no quiet hours. */
export function describeQuietHours(quiet) {
  if (!quiet || !quiet.start || !quiet.end) return '';
  return `${quiet.start}–${quiet.end}`;
}

/**
 * What the screen says about this browser:
 * 'not-configured' | 'unsupported' | 'denied' | 'checking' | 'on' | 'off'.
 * "On" needs the subscription we registered (thisDeviceId) to still be in the
 * server's list (deviceIds, null while unknown): a device removed from
 * another phone is off here too.
 */
export function pushStatus({ permission, keyStatus, subscriptionChecked, thisDeviceId, deviceIds }) {
  if (keyStatus === 'not-configured') return 'not-configured';
  if (permission === 'unsupported') return 'unsupported';
  if (permission === 'denied') return 'denied';
  if (keyStatus === 'loading' || !subscriptionChecked) return 'checking';
  const listed = !deviceIds || deviceIds.includes(thisDeviceId);
  return permission === 'granted' && thisDeviceId != null && listed ? 'on' : 'off';
}
