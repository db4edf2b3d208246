// A strip under the top bar while the app is not live: offline, or the
// server unreachable and the screen showing saved data. Says how old that
// data is and how many shares wait to be sent; polite, so a screen reader
// hears it without being interrupted.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../lib/store.js';
import { offlineMessage } from '../lib/offlineMessage.js';
import { connectivity } from '../state/connectivity.js';
import { pendingShares } from '../state/pendingShares.js';
import { Icon } from './Icon.jsx';

export function OfflineBanner() {
  const { online, savedAt } = useStore(connectivity);
  const pending = useStore(pendingShares).length;
  const now = useMinuteClock(Boolean(savedAt));
  const message = offlineMessage({ online, savedAt, pending, now });
  return (
    <div class="offline-banner-slot" role="status">
      {message && (
        <p class="offline-banner" data-testid="offline-banner">
          <Icon name="offline" size={18} />
          {message}
        </p>
      )}
    </div>
  );
}

// "saved 3 minutes ago" must keep counting while the banner is up.
function useMinuteClock(ticking) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!ticking) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
