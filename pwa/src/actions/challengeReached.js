// A team challenge reached while the advocate is on another screen: a toast
// wherever they are, with a way to the team's challenges. The feed and the
// challenges screen show their own celebration, so the toast stays away there.
import { showToast } from '../state/toasts.js';
import { currentRoute, navigate } from '../lib/router.js';

const WITH_CARDS = ['feed', 'challenges'];

/** payload: {card, reached} from the socket's challenge events. */
export function challengeReached(payload) {
  const card = payload && payload.card;
  if (!payload || !payload.reached || !card || WITH_CARDS.includes(currentRoute())) return;
  showToast({
    tone: 'celebrate',
    title: `${card.team.name} reached its goal`,
    detail: `${card.name}: +${card.reward_points} points each`,
    action: { label: 'See challenge', run: () => navigate('challenges') },
  });
}
