// Offering to install Amplify, so advocates open it from the home screen like
// their other apps: a card at the end of the feed they can put away, and an
// entry in the account menu that stays. Where the browser has an install
// prompt (Chromium) the button shows it; Safari has none, so we give its
// steps. Nothing shows once the app is installed or opened from the home screen.
import { useStore } from '../lib/store.js';
import { installOffer, runningInstalled } from '../lib/installOffer.js';
import { install, hideInstallCard } from '../state/install.js';
import { installApp } from '../actions/install.js';
import { Icon } from './Icon.jsx';
import '../styles/install.css';

const IOS_STEPS = 'Tap Share, then Add to Home Screen.';

function useInstallOffer() {
  const state = useStore(install);
  const offer = installOffer({
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints || 0,
    standalone: runningInstalled(),
    promptReady: state.prompt !== null,
    installed: state.installed,
  });
  return { offer, cardHidden: state.cardHidden };
}

export function InstallCard() {
  const { offer, cardHidden } = useInstallOffer();
  if (!offer || cardHidden) return null;
  return (
    <section class="install-card" aria-labelledby="install-card-title">
      <img src="/icons/icon-192.png" width="40" height="40" alt="" />
      <div class="install-card-body">
        <h2 class="install-card-title" id="install-card-title">
          Install Amplify
        </h2>
        {offer === 'ios' ? (
          <p>
            {IOS_STEPS} Share is the square with an arrow pointing up.
          </p>
        ) : (
          <p>Open it from your home screen, like your other apps, and share in two taps.</p>
        )}
      </div>
      <div class="install-card-actions">
        {offer === 'prompt' && (
          <button type="button" class="btn btn-primary" onClick={installApp}>
            <Icon name="download" size={18} /> Install app
          </button>
        )}
        <button type="button" class="btn btn-secondary" onClick={hideInstallCard}>
          {offer === 'ios' ? 'Got it' : 'Not now'}
        </button>
      </div>
    </section>
  );
}

export function InstallMenuItem() {
  const { offer } = useInstallOffer();
  if (offer === 'prompt') {
    return (
      <button type="button" class="btn btn-secondary btn-block" onClick={installApp}>
        <Icon name="download" size={18} /> Install app
      </button>
    );
  }
  if (offer === 'ios') {
    return (
      <p class="account-install">
        <Icon name="share" size={18} />
        <span>
          <strong>Install Amplify:</strong> {IOS_STEPS}
        </span>
      </p>
    );
  }
  return null;
}
