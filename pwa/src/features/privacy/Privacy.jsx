// Your data: download everything Amplify stores about you, see the devices
// signed in and sign out everywhere else, ask for your account to be deleted
// (or cancel that during the grace period); admins also
// see pending deletions and set how long raw clicks are kept. Loaded on
// demand (see App.jsx) with its own stylesheet.
import './privacy.css';
import { EXPORT_URL } from '../../api/privacy.js';
import { Icon } from '../../components/Icon.jsx';
import { DeleteAccount } from './DeleteAccount.jsx';
import { SignedInDevices } from './SignedInDevices.jsx';
import { PendingDeletions } from './PendingDeletions.jsx';
import { ClickRetention } from './ClickRetention.jsx';

export default function Privacy({ me }) {
  return (
    <section class="screen privacy" aria-labelledby="privacy-title">
      <div class="screen-header">
        <div>
          <h1 id="privacy-title">Your data</h1>
          <p class="screen-subtitle">
            What Amplify keeps about you, as a file you can download, and how to leave.
          </p>
        </div>
      </div>
      <div class="card privacy-card">
        <h2>Download my data</h2>
        <p>
          One JSON file with your profile, every ledger line with its explanation, your shares, the
          clicks your links brought (counts only: visitors are never identified), badges, kudos,
          suggestions, ratings, guideline acknowledgements, prizes and notification settings.
        </p>
        <a class="btn btn-secondary" href={EXPORT_URL} download>
          <Icon name="download" size={18} /> Download my data
        </a>
      </div>
      <SignedInDevices />
      <DeleteAccount />
      {me.role === 'admin' && <PendingDeletions />}
      {me.role === 'admin' && <ClickRetention />}
    </section>
  );
}
