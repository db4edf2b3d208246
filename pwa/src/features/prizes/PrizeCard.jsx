// One prize in a month's catalogue: what it is, for whom, how its winners
// are chosen and who can win it. The manager's copy adds its actions.
import { howChosen, eligibility, scopeName } from './prizeWords.js';

export function PrizeCard({ prize, teamNames, children }) {
  return (
    <article class="card prize-card" data-prize-id={prize.id}>
      {prize.image_url && <img class="prize-image" src={prize.image_url} alt="" loading="lazy" />}
      <div class="prize-body">
        <p class="prize-scope">
          {scopeName(prize.team_id, teamNames)}
          {prize.quantity > 1 && ` · ${prize.quantity} to win`}
        </p>
        <h3 class="prize-title">{prize.title}</h3>
        {prize.description && <p class="prize-description">{prize.description}</p>}
        <p class="prize-how">{howChosen(prize)}</p>
        <p class="prize-who">{eligibility(prize)}</p>
        {children}
      </div>
    </article>
  );
}
