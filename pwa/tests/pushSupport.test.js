// Web Push on the page: support, permission, device names, the server key,
// quiet hours and what the Notifications screen says about this browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  pushSupported,
  permissionState,
  unsupportedReason,
  deviceLabel,
  urlBase64ToUint8Array,
  sameServerKey,
  isValidTime,
  normaliseTime,
  quietHoursErrors,
  describeQuietHours,
  pushStatus,
} from '../src/lib/pushSupport.js';

function scope({ sw = true, push = true, notification = true, permission = 'default' } = {}) {
  const s = { navigator: sw ? { serviceWorker: {} } : {} };
  if (push) s.PushManager = function PushManager() {};
  if (notification) s.Notification = { permission };
  return s;
}

test('push needs a service worker, the Push API and notifications', () => {
  assert.equal(pushSupported(scope()), true);
  assert.equal(pushSupported(scope({ sw: false })), false);
  assert.equal(pushSupported(scope({ push: false })), false);
  assert.equal(pushSupported(scope({ notification: false })), false);
  assert.equal(pushSupported({}), false);
});

test('permission maps to one of four states', () => {
  assert.equal(permissionState(scope({ permission: 'granted' })), 'granted');
  assert.equal(permissionState(scope({ permission: 'denied' })), 'denied');
  assert.equal(permissionState(scope({ permission: 'default' })), 'default');
  assert.equal(permissionState(scope({ permission: 'prompt' })), 'default');
  assert.equal(permissionState(scope({ push: false, permission: 'granted' })), 'unsupported');
});

const UA = {
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  safariIphoneOld:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.3 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68',
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  samsung:
    'Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
  chromebook:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  operaWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0',
};

test('device labels name the browser and the system', () => {
  assert.equal(deviceLabel(UA.chromeAndroid), 'Chrome on Android');
  assert.equal(deviceLabel(UA.safariIphone), 'Safari on iPhone');
  assert.equal(deviceLabel(UA.chromeIphone), 'Chrome on iPhone');
  assert.equal(deviceLabel(UA.firefoxWindows), 'Firefox on Windows');
  assert.equal(deviceLabel(UA.edgeWindows), 'Edge on Windows');
  assert.equal(deviceLabel(UA.chromeLinux), 'Chrome on Linux');
  assert.equal(deviceLabel(UA.safariMac), 'Safari on Mac');
  assert.equal(deviceLabel(UA.samsung), 'Samsung Internet on Android');
  assert.equal(deviceLabel(UA.firefoxAndroid), 'Firefox on Android');
  assert.equal(deviceLabel(UA.chromebook), 'Chrome on ChromeOS');
  assert.equal(deviceLabel(UA.operaWindows), 'Opera on Windows');
});

test('an unknown browser is "This browser"', () => {
  assert.equal(deviceLabel(''), 'This browser');
  assert.equal(deviceLabel(undefined), 'This browser');
  assert.equal(deviceLabel('curl/8.5.0'), 'This browser');
  assert.equal(deviceLabel('Mozilla/5.0 (Windows NT 10.0) SomethingNew/1.0'), 'This browser');
});

test('iOS needs 16.4+ and the app on the Home Screen', () => {
  assert.equal(unsupportedReason({ userAgent: UA.safariIphone }), 'ios-install');
  assert.equal(unsupportedReason({ userAgent: UA.safariIphoneOld }), 'ios-update');
  assert.equal(unsupportedReason({ userAgent: UA.safariIphoneOld, standalone: true }), 'ios-update');
  // iPadOS says "Macintosh"; its touch screen tells it apart from a Mac.
  assert.equal(unsupportedReason({ userAgent: UA.safariMac, maxTouchPoints: 5 }), 'ios-install');
  assert.equal(unsupportedReason({ userAgent: UA.safariMac, maxTouchPoints: 0 }), 'browser');
  assert.equal(unsupportedReason({ userAgent: UA.firefoxWindows }), 'browser');
  assert.equal(unsupportedReason(), 'browser');
});

test('the base64url server key becomes its raw bytes', () => {
  assert.deepEqual([...urlBase64ToUint8Array('AQID')], [1, 2, 3]);
  // "-" and "_" are base64url for "+" and "/"; padding is added back.
  assert.deepEqual([...urlBase64ToUint8Array('-_8')], [0xfb, 0xff]);
  assert.deepEqual([...urlBase64ToUint8Array('_w')], [0xff]);
  const vapid =
    'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
  const bytes = urlBase64ToUint8Array(vapid);
  assert.equal(bytes.length, 65); // an uncompressed P-256 point
  assert.equal(bytes[0], 0x04);
});

test('an existing subscription is kept only for the same server key', () => {
  const key = new Uint8Array([4, 1, 2, 3]);
  assert.equal(sameServerKey(new Uint8Array([4, 1, 2, 3]).buffer, key), true);
  assert.equal(sameServerKey(new Uint8Array([4, 1, 2, 9]).buffer, key), false);
  assert.equal(sameServerKey(new Uint8Array([4, 1, 2]).buffer, key), false);
  assert.equal(sameServerKey(null, key), true); // browser doesn't say: trust it
});

test('quiet hours take 24-hour HH:MM times', () => {
  assert.equal(isValidTime('22:00'), true);
  assert.equal(isValidTime('07:05'), true);
  assert.equal(isValidTime('23:59'), true);
  assert.equal(isValidTime('24:00'), false);
  assert.equal(isValidTime('7:00'), false);
  assert.equal(isValidTime('07:60'), false);
  assert.equal(isValidTime(''), false);
  assert.equal(isValidTime(null), false);
  assert.equal(normaliseTime('22:00:00'), '22:00');
  assert.equal(normaliseTime(' 07:30 '), '07:30');
  assert.equal(normaliseTime('nonsense'), 'nonsense');
});

test('quiet hours errors are per field, like the server', () => {
  assert.deepEqual(quietHoursErrors({ start: '22:00', end: '07:00' }), {});
  assert.deepEqual(quietHoursErrors({ start: '', end: '07:00' }), { start: 'Use a 24-hour time such as 22:00.' });
  assert.deepEqual(quietHoursErrors({ start: '22:00', end: '22:00' }), {
    end: 'The end must differ from the start.',
  });
});

test('quiet hours read as a range', () => {
  assert.equal(describeQuietHours({ start: '22:00', end: '07:00' }), '22:00–07:00');
  assert.equal(describeQuietHours(null), '');
});

test('what the screen says about this browser', () => {
  const base = {
    permission: 'granted',
    keyStatus: 'ready',
    subscriptionChecked: true,
    thisDeviceId: 7,
    deviceIds: [3, 7],
  };
  assert.equal(pushStatus(base), 'on');
  assert.equal(pushStatus({ ...base, deviceIds: null }), 'on'); // list not loaded: trust what we remember
  assert.equal(pushStatus({ ...base, deviceIds: [3] }), 'off'); // removed from another device
  assert.equal(pushStatus({ ...base, thisDeviceId: null }), 'off');
  assert.equal(pushStatus({ ...base, permission: 'default' }), 'off');
  assert.equal(pushStatus({ ...base, permission: 'denied' }), 'denied');
  assert.equal(pushStatus({ ...base, permission: 'unsupported' }), 'unsupported');
  assert.equal(pushStatus({ ...base, keyStatus: 'not-configured' }), 'not-configured');
  assert.equal(pushStatus({ ...base, keyStatus: 'loading' }), 'checking');
  assert.equal(pushStatus({ ...base, subscriptionChecked: false }), 'checking');
  assert.equal(pushStatus({ ...base, keyStatus: 'error', thisDeviceId: null }), 'off'); // retried on tap
});
