// Which way to offer installing Amplify, if any: Chromium's own install
// prompt behind our button, or the steps for Safari, which has no prompt.
// Pure (the page passes in what it knows), so node tests can load it.
import { iosVersion } from './iosDevice.js';

// Inside LinkedIn's, Facebook's or Instagram's own browser there is no
// "Add to Home Screen", so the steps would send the advocate looking for it.
const IN_APP_BROWSER = /FBAN|FBAV|Instagram|LinkedInApp|Line\//;

/** Opened from the Home Screen or an app window rather than a browser tab. */
export function runningInstalled(scope = globalThis) {
  const query = '(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)';
  const media = typeof scope.matchMedia === 'function' && scope.matchMedia(query).matches;
  return Boolean(media || (scope.navigator && scope.navigator.standalone === true));
}

/**
 * 'prompt' (the browser handed us its install prompt), 'ios' (show the Share
 * then Add to Home Screen steps) or null (installed already, or this browser
 * has no way we can point to).
 */
export function installOffer({
  userAgent = '',
  maxTouchPoints = 0,
  standalone = false,
  promptReady = false,
  installed = false,
} = {}) {
  if (standalone || installed) return null;
  if (promptReady) return 'prompt';
  if (iosVersion(userAgent, maxTouchPoints) && !IN_APP_BROWSER.test(userAgent)) return 'ios';
  return null;
}
