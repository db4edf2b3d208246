// The feed's team challenge cards (loaded on demand by FeedChallenges.jsx):
// the advocate's team's running challenges, live, and the celebration when
// one is reached. Nothing shows when there are none or they don't load:
// the feed is for content first.
import { useChallenges } from './useChallenges.js';
import { ChallengeCard } from './ChallengeCard.jsx';
import { Celebration } from './Celebration.jsx';
import './challenges.css';

export function TeamChallenges({ me }) {
  const state = useChallenges(me.team.id, me.id); // a leader's feed shows their own team's only
  if (!state.running.length && !state.celebration) return null;
  return (
    <div class="feed-challenges" data-testid="feed-challenges">
      {state.celebration && <Celebration card={state.celebration} onDismiss={state.dismiss} />}
      {state.running.map((card) => (
        <ChallengeCard key={card.id} card={card} meId={me.id} />
      ))}
    </div>
  );
}
