// "Goal reached!": shown to everyone in the team the moment a challenge is
// met, with the goal and the reward. A banner, not a dialog: it takes no
// focus and hides nothing, it is spoken once through the live region, and it
// stays until dismissed (dismissal is remembered, see useChallenges.js).
// The burst animation is off under prefers-reduced-motion (challenges.css).
import { useEffect } from 'preact/hooks';
import { announce } from '../../state/announcer.js';
import { Icon } from '../../components/Icon.jsx';
import { goalWords, rewardWords } from '../../lib/challengeWords.js';

export function Celebration({ card, onDismiss }) {
  const reward = rewardWords(card);
  useEffect(() => {
    announce(`Goal reached: ${card.name}. ${goalWords(card)}. ${reward}.`);
  }, [card.id]);
  return (
    <section class="challenge-celebration" aria-labelledby="celebration-title" data-testid="challenge-celebration">
      <span class="celebration-burst" aria-hidden="true">
        <Icon name="trophy" size={28} />
      </span>
      <div class="celebration-text">
        <h2 id="celebration-title">Goal reached!</h2>
        <p>
          {card.name}: <strong>{goalWords(card)}</strong>
        </p>
        <p class="celebration-reward">{reward}</p>
      </div>
      <button type="button" class="icon-btn celebration-close" aria-label="Dismiss the celebration" onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </section>
  );
}
