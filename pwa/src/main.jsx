// Entry point: styles, the app, and the service worker.
import { render } from 'preact';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';
import { App } from './App.jsx';
import { registerServiceWorker } from './lib/registerSW.js';
import { listenForWorkerMessages } from './lib/workerMessages.js';
import { showToast } from './state/toasts.js';

render(<App />, document.getElementById('app'));

// A tapped notification's link, when this window was already open (sw.js).
listenForWorkerMessages();

registerServiceWorker({
  onUpdateReady: (apply) =>
    showToast({
      title: 'A new version of Amplify is ready',
      action: { label: 'Reload', run: apply },
      timeout: 0,
    }),
});
