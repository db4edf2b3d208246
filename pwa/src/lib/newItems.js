// What "Add badge", "Add level", "Add campaign", "Add team challenge" and
// "Add cap" put in the draft: complete, valid starting values, so a new
// item can be previewed straight away and only needs the bits that matter
// changed. Names are unique so every field label on the screen differs.
import { slugId, takenIds, uniqueId, uniqueName } from './draftIds.js';
import { hourFromNow } from './localDateTime.js';
import { metricCriteria } from './badgeMetrics.js';

const WINDOWS = ['day', 'week', 'month'];

function named(base, fallback, items, originals) {
  const name = uniqueName(base, items);
  return { id: uniqueId(slugId(name, fallback), takenIds(items, originals)), name };
}

export function newBadge(badges, originals) {
  return {
    ...named('New badge', 'badge', badges, originals),
    criteria: metricCriteria('shares_total'),
    metric: 'shares_total',
    thresholds: [10],
    repeatable: false,
    image: '',
  };
}

/** A level 100 points above the last one (level 1 starts at 0). */
export function newLevel(levels) {
  const last = levels[levels.length - 1];
  const threshold = last && Number.isInteger(last.threshold) ? last.threshold + 100 : 0;
  return { name: uniqueName(`Level ${levels.length + 1}`, levels), threshold };
}

export function newCampaign(campaigns, originals) {
  return {
    ...named('New campaign', 'campaign', campaigns, originals),
    starts: hourFromNow(),
    ends: hourFromNow(14),
    multiplier: 1.5,
    tags: [],
  };
}

export function newChallenge(challenges, originals, teams) {
  return {
    ...named('New team challenge', 'challenge', challenges, originals),
    team_id: teams.length ? teams[0].id : '',
    event_type: 'share',
    target: 50,
    starts: hourFromNow(),
    ends: hourFromNow(30),
    reward_points: 50,
  };
}

/** A cap for the first window not capped yet. */
export function newCap(caps) {
  const window = WINDOWS.find((w) => !caps.some((cap) => cap.window === w)) || 'day';
  return { window, points: 100 };
}
