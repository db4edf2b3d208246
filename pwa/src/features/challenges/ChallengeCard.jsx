// One team challenge as a card: the goal and a bar toward it, the time left
// (or when it ended), who is contributing and the reward. The same card
// serves the feed, the team's screen and, once ended, its result.
import { Icon } from '../../components/Icon.jsx';
import {
  contributorList,
  daysLeftWords,
  goalWords,
  isReached,
  othersOf,
  progressOf,
  rewardWords,
  stateWords,
} from '../../lib/challengeWords.js';

export function ChallengeCard({ card, meId, level = 2 }) {
  const Heading = `h${level}`;
  const titleId = `challenge-${slug(card.id)}-title`;
  const percent = Math.round(progressOf(card) * 100);
  return (
    <article
      class={`card challenge-card is-${card.state}`}
      aria-labelledby={titleId}
      data-testid="challenge-card"
      data-challenge-id={card.id}
      data-state={card.state}
    >
      <div class="challenge-head">
        <span class="challenge-icon" aria-hidden="true">
          <Icon name={isReached(card) ? 'trophy' : 'target'} />
        </span>
        <div class="challenge-titles">
          <p class="challenge-kicker">Team challenge · {card.team.name}</p>
          <Heading id={titleId} class="challenge-name">
            {card.name}
          </Heading>
        </div>
      </div>
      <p class="challenge-goal">
        <strong data-testid="challenge-count">{goalWords(card)}</strong>
        <span class="challenge-state" data-testid="challenge-state">
          {stateWords(card)}
        </span>
      </p>
      <div
        class="progress-bar challenge-bar"
        role="progressbar"
        aria-label={`${card.name}: progress`}
        aria-valuemin="0"
        aria-valuemax={card.target}
        aria-valuenow={Math.min(card.count, card.target)}
        aria-valuetext={goalWords(card)}
        data-testid="challenge-bar"
      >
        <span class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="challenge-when">
        <span data-testid="challenge-days">{daysLeftWords(card)}</span>
        <span aria-hidden="true"> · </span>
        <span class="challenge-reward" data-testid="challenge-reward">
          {rewardWords(card)}
        </span>
      </p>
      <Contributors card={card} meId={meId} />
    </article>
  );
}

function Contributors({ card, meId }) {
  const people = contributorList(card, meId);
  if (!people.length) return <p class="challenge-people-empty">Nothing counted yet: yours could be the first.</p>;
  const others = othersOf(card, meId);
  return (
    <ul class="challenge-people" aria-label="Top contributors" data-testid="challenge-contributors">
      {people.map((person) => (
        <li key={person.key} class={person.isMe ? 'is-me' : ''}>
          {person.key === 'me' ? 'you:' : person.name} <b>{person.count}</b>
        </li>
      ))}
      {others.people > 0 && (
        <li class="challenge-others">
          {others.people} more <b>{others.count}</b>
        </li>
      )}
    </ul>
  );
}

const slug = (id) => String(id).replace(/[^a-zA-Z0-9_-]/g, '-');
