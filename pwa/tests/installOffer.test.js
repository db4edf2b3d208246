// Offering to install the app: Chromium's prompt, Safari's steps, or nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installOffer, runningInstalled } from '../src/lib/installOffer.js';
import { iosVersion } from '../src/lib/iosDevice.js';

const UA = {
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  linkedInIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6',
  facebookIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.37.107]',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
};

test("the browser's prompt, once it hands it over, is the offer everywhere", () => {
  assert.equal(installOffer({ userAgent: UA.chromeAndroid, promptReady: true }), 'prompt');
  assert.equal(installOffer({ userAgent: UA.firefoxWindows, promptReady: true }), 'prompt');
});

test('without a prompt, only iPhone and iPad get steps to follow', () => {
  assert.equal(installOffer({ userAgent: UA.safariIphone }), 'ios');
  assert.equal(installOffer({ userAgent: UA.chromeIphone }), 'ios'); // iOS 16.4+ browsers add to the Home Screen too
  assert.equal(installOffer({ userAgent: UA.safariMac, maxTouchPoints: 5 }), 'ios'); // iPadOS says "Macintosh"
  assert.equal(installOffer({ userAgent: UA.safariMac, maxTouchPoints: 0 }), null);
  assert.equal(installOffer({ userAgent: UA.chromeAndroid }), null); // Chromium has not offered yet
  assert.equal(installOffer({ userAgent: UA.firefoxWindows }), null);
  assert.equal(installOffer(), null);
});

test("inside a social app's own browser there is no Home Screen to add to", () => {
  assert.equal(installOffer({ userAgent: UA.linkedInIphone }), null);
  assert.equal(installOffer({ userAgent: UA.facebookIphone }), null);
});

test('nothing is offered once the app is installed or running from the Home Screen', () => {
  assert.equal(installOffer({ userAgent: UA.safariIphone, standalone: true }), null);
  assert.equal(installOffer({ userAgent: UA.chromeAndroid, promptReady: true, standalone: true }), null);
  assert.equal(installOffer({ userAgent: UA.chromeAndroid, promptReady: true, installed: true }), null);
});

test('an app window or the Home Screen counts as installed, a browser tab does not', () => {
  const scope = ({ matches = false, standalone } = {}) => ({
    matchMedia: (query) => ({ matches: matches && query.includes('standalone') }),
    navigator: { standalone },
  });
  assert.equal(runningInstalled(scope({ matches: true })), true);
  assert.equal(runningInstalled(scope({ standalone: true })), true); // Safari's own flag
  assert.equal(runningInstalled(scope({ standalone: false })), false);
  assert.equal(runningInstalled(scope()), false);
  assert.equal(runningInstalled({}), false);
});

test('the iOS version is read from iPhone and iPad user agents only', () => {
  assert.deepEqual(iosVersion(UA.safariIphone), [17, 5]);
  assert.deepEqual(iosVersion(UA.safariMac, 5), [Infinity, 0]);
  assert.equal(iosVersion(UA.safariMac, 0), null);
  assert.equal(iosVersion(UA.chromeAndroid), null);
});
