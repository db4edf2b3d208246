// Entry point: styles, the app, and the service worker.
import { render } from 'preact';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';
import { App } from './App.jsx';
import { registerServiceWorker } from './lib/registerSW.js';
import { listenForWorkerMessages } from './lib/workerMessages.js';
import { listenForInstallPrompt } from './state/install.js';
import { showToast } from './state/toasts.js';
import { reportReplayed } from './actions/offlineShares.js';
import { onAnswer } from './api/client.js';
import { answerReceived, watchConnectivity } from './state/connectivity.js';
import { refreshStaleData } from './actions/session.js';
import { SHARE_TARGET_PATH, sharedDraft, suggestionRoute } from './lib/sharedIntent.js';

// Something shared to the app from another app (the manifest's share target):
// open the suggestion form with it, before the router reads the address.
if (window.location.pathname === SHARE_TARGET_PATH) {
  window.history.replaceState(null, '', `/${suggestionRoute(sharedDraft(window.location.search))}`);
}

// The offline banner follows the browser's online flag and cached answers.
watchConnectivity(refreshStaleData);
onAnswer(answerReceived);

render(<App />, document.getElementById('app'));

// A tapped notification's link, when this window was already open, and
// shares the worker sent from the offline queue (sw.js).
listenForWorkerMessages({ onSharesReplayed: reportReplayed });

// Chromium may offer to install before anyone signs in: keep the offer for the feed.
listenForInstallPrompt();

registerServiceWorker({
  onUpdateReady: (apply) =>
    showToast({
      title: 'A new version of Amplify is ready',
      action: { label: 'Reload', run: apply },
      timeout: 0,
    }),
});
