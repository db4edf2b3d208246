// The advocate's redemptions changing elsewhere (an admin approving, sending
// or rejecting one): a toast saying what happened, and `refresh` so the
// balance and the list follow. After a reconnect anything pushed while away
// was missed, so refresh then too.
import { useEffect, useRef } from 'preact/hooks';
import * as realtime from '../../realtime/socket.js';
import { showToast } from '../../state/toasts.js';
import { nextStep, statusLabel } from './rewardWords.js';

export function useRedemptionUpdates(refresh) {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const onUpdate = (payload) => {
      const redemption = payload && payload.redemption;
      if (!redemption) return;
      showToast({
        tone: redemption.status === 'rejected' ? 'error' : 'success',
        title: `${redemption.reward.title}: ${statusLabel(redemption.status).toLowerCase()}`,
        detail: nextStep(redemption),
      });
      latest.current();
    };
    // Looked up by name: the socket client gains this event in its own change.
    const subscribe = realtime.onRedemptionUpdate;
    const stops = [realtime.onReconnect(() => latest.current()), subscribe && subscribe(onUpdate)];
    return () => stops.forEach((stop) => stop && stop());
  }, []);
}
