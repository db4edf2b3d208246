// One reward in the store: picture, what it is, what it costs, how many are
// left and how often one person may have it. Redeem is disabled, with the
// reason beside it, when it can't be redeemed now.
import { Icon } from '../../components/Icon.jsx';
import { limitWords, pointsWords, stockWords } from './rewardWords.js';

export function RewardCard({ reward, onRedeem }) {
  const whyId = `reward-why-${reward.id}`;
  const facts = [stockWords(reward), limitWords(reward)].filter(Boolean);
  return (
    <article class="card reward-card" data-reward-id={reward.id} aria-labelledby={`reward-title-${reward.id}`}>
      {reward.image_url ? (
        <img class="reward-image" src={reward.image_url} alt="" loading="lazy" />
      ) : (
        <span class="reward-image reward-image-empty" aria-hidden="true">
          <Icon name="gift" size={36} />
        </span>
      )}
      <div class="reward-body">
        {reward.charity && <p class="chip reward-charity">Donation to {reward.charity}</p>}
        <h3 class="reward-title" id={`reward-title-${reward.id}`}>
          {reward.title}
        </h3>
        {reward.description && <p class="reward-description">{reward.description}</p>}
        <p class="reward-cost">{pointsWords(reward.cost)}</p>
        {facts.length > 0 && <p class="reward-facts">{facts.join(' · ')}</p>}
        <button
          type="button"
          class="btn btn-primary btn-block"
          disabled={!reward.can_redeem}
          aria-describedby={reward.can_redeem ? undefined : whyId}
          onClick={() => onRedeem(reward)}
        >
          {reward.charity ? 'Donate' : 'Redeem'}
        </button>
        {!reward.can_redeem && reward.why_not && (
          <p class="reward-why" id={whyId}>
            {reward.why_not}
          </p>
        )}
      </div>
    </article>
  );
}
