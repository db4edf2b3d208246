// The devices signed in to your account, and "Sign out everywhere else": a
// lost phone or a shared computer stops working at once, while this device
// stays signed in.
import { useState } from 'preact/hooks';
import { fetchSessions, signOutElsewhere } from '../../api/me.js';
import { useResource } from '../../lib/useResource.js';
import { relativeTime } from '../../lib/relativeTime.js';
import { countOf } from '../../lib/countOf.js';
import { showToast } from '../../state/toasts.js';
import { ErrorState } from '../../components/StatusViews.jsx';

export function SignedInDevices() {
  const devices = useResource(fetchSessions, 'sessions');
  const [busy, setBusy] = useState(false);
  if (devices.status === 'loading') return <p class="loading-line">Loading…</p>;
  if (devices.status === 'error') return <ErrorState error={devices.error} onRetry={devices.reload} />;

  const others = devices.data.filter((d) => !d.current).length;
  const signOut = async () => {
    setBusy(true);
    try {
      const { ended } = await signOutElsewhere();
      showToast({ tone: 'success', title: `Signed out on ${countOf(ended, 'other device')}.` });
      devices.replace(devices.data.filter((d) => d.current));
    } catch (err) {
      showToast({ tone: 'error', title: "Couldn't sign out your other devices", detail: err.message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card privacy-card" aria-labelledby="devices-title">
      <h2 id="devices-title">Signed-in devices</h2>
      <ul class="device-sessions">
        {devices.data.map((d, index) => (
          <li key={index}>
            <span class="device-session-name">{d.device || 'Unknown browser'}</span>
            <span class="device-session-meta">
              {d.current ? 'This device' : `Last used ${relativeTime(d.last_seen_at)}`}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {others
          ? 'Lost a phone, or signed in on a shared computer? Sign out everywhere else: this device stays signed in.'
          : 'Only this device is signed in.'}
      </p>
      <button type="button" class="btn btn-secondary" disabled={busy || !others} onClick={signOut}>
        Sign out everywhere else
      </button>
    </div>
  );
}
