// Installing Amplify: the browser's install prompt, kept until the advocate
// taps Install app; whether the app got installed; and whether they put the
// feed's install card away (remembered on this device).
import { createStore } from '../lib/store.js';

const CARD_HIDDEN_KEY = 'amplify:install-card-hidden';

export const install = createStore({ prompt: null, installed: false, cardHidden: readCardHidden() });

/** Call once at start: Chromium may offer the prompt before anyone signs in. */
export function listenForInstallPrompt() {
  window.addEventListener('beforeinstallprompt', (event) => {
    // No mini-infobar of the browser's choosing: our button asks when the advocate wants.
    event.preventDefault();
    install.set((state) => ({ ...state, prompt: event }));
  });
  window.addEventListener('appinstalled', () => install.set((state) => ({ ...state, prompt: null, installed: true })));
}

export function hideInstallCard() {
  install.set((state) => ({ ...state, cardHidden: true }));
  try {
    localStorage.setItem(CARD_HIDDEN_KEY, '1');
  } catch {
    // Private browsing without storage: hidden until the next visit is fine.
  }
}

function readCardHidden() {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(CARD_HIDDEN_KEY) === '1';
  } catch {
    return false;
  }
}
