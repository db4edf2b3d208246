// Every badge the programme offers: earned ones in their tier colour, locked
// ones greyed with how far along you are ("7 / 25").
import { BadgeMedal } from './BadgeMedal.jsx';
import { ProgressBar } from './ProgressBar.jsx';
import { isEarned, tierLabel } from '../../lib/badgeTiers.js';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';

export function BadgeGallery({ badges }) {
  const earned = badges.filter(isEarned).length;
  return (
    <>
      <h2 class="section-title section-title-row" id="badges-title">
        Badges
        <span class="section-meta">
          {earned} of {badges.length} earned
        </span>
      </h2>
      {badges.length === 0 ? (
        <p class="muted-note">No badges to earn yet.</p>
      ) : (
        <ul class="badge-grid" aria-labelledby="badges-title">
          {badges.map((badge) => (
            <BadgeTile key={badge.id} badge={badge} />
          ))}
        </ul>
      )}
    </>
  );
}

function BadgeTile({ badge }) {
  const earned = isEarned(badge);
  return (
    <li
      class={`badge-tile${earned ? '' : ' is-locked'}`}
      data-badge-id={badge.id}
      data-tier={badge.tier || 0}
    >
      <BadgeMedal badge={badge} />
      <p class="badge-name">{badge.name}</p>
      <p class="badge-tier">{tierLabel(badge)}</p>
      {badge.criteria && <p class="badge-criteria">{badge.criteria}</p>}
      <BadgeProgress badge={badge} />
      {badge.earned_at && (
        <p class="badge-earned">
          Earned{' '}
          <time dateTime={badge.earned_at} title={fullDate(badge.earned_at)}>
            {relativeTime(badge.earned_at)}
          </time>
        </p>
      )}
    </li>
  );
}

function BadgeProgress({ badge }) {
  if (badge.next_threshold == null) return <p class="badge-count">Top tier reached</p>;
  const text = `${badge.value} / ${badge.next_threshold}`;
  const goal = isEarned(badge) ? 'next tier' : 'unlocking';
  return (
    <div class="badge-progress">
      <ProgressBar
        value={badge.progress}
        label={`${badge.name}: progress to ${goal}`}
        valueText={`${badge.value} of ${badge.next_threshold}`}
      />
      <p class="badge-count">{text}</p>
    </div>
  );
}
