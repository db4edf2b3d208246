// The advocate's redemptions changing elsewhere (an admin approving, sending
// or rejecting one): a toast saying what happened, and `refresh` so the
// balance and the list follow. What the advocate did themselves (request,
// cancel, say it arrived) already had its toast: those only refresh. After a reconnect anything pushed while away
// was missed, so refresh then too.
import { useEffect, useRef } from 'preact/hooks';
import { onRedemptionUpdate, onReconnect } from '../../realtime/socket.js';
import { showToast } from '../../state/toasts.js';
import { updateNews } from './rewardWords.js';

const ADMIN_STEPS = new Set(['approved', 'rejected', 'sent']);

export function useRedemptionUpdates(refresh) {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const onUpdate = (payload) => {
      const redemption = payload && payload.redemption;
      if (!redemption) return;
      latest.current();
      if (!ADMIN_STEPS.has(redemption.status)) return;
      showToast({
        tone: redemption.status === 'rejected' ? 'error' : 'success',
        ...updateNews(redemption),
      });
    };
    const stops = [onReconnect(() => latest.current()), onRedemptionUpdate(onUpdate)];
    return () => stops.forEach((stop) => stop());
  }, []);
}
