// What we can tell about the badges, levels, campaigns, team challenges and
// limits without asking the server. Hints (order, ranges, missing names)
// show next to the field and never block: the server has the last word and
// may accept things we'd flag. Only values that can't even be sent as the
// right type (an empty number, a half-typed date) stop a preview, the same
// way an empty points value does.
import { TIERS } from './badgeMetrics.js';

const isDate = (value) => Boolean(value) && !Number.isNaN(Date.parse(value));
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export const nameProblem = (name) => (String(name || '').trim() ? null : 'Enter a name.');

/** A whole number of at least `min`, or why not. */
export function wholeProblem(value, min = 1) {
  if (!Number.isInteger(value)) return 'Enter a whole number.';
  return value < min ? `Use ${min} or more.` : null;
}

export function multiplierProblem(value) {
  if (!isNumber(value)) return 'Enter a number.';
  return value > 0 ? null : 'Use a number above 0.';
}

export const startProblem = (starts) => (isDate(starts) ? null : 'Enter a date and time.');

export function endProblem(starts, ends) {
  if (!isDate(ends)) return 'Enter a date and time.';
  return isDate(starts) && Date.parse(ends) <= Date.parse(starts) ? 'Must be after the start.' : null;
}

/** One message (or null) per value: each a whole number above the one before. */
export function increasingProblems(values, min, nameOf) {
  return values.map((value, i) => {
    const own = wholeProblem(value, min);
    if (own || i === 0 || !Number.isInteger(values[i - 1])) return own;
    return value > values[i - 1] ? null : `Must be above ${nameOf(i - 1)} (${values[i - 1]}).`;
  });
}

export const tierProblems = (thresholds) =>
  increasingProblems(thresholds, 1, (i) => TIERS[i].toLowerCase());

export const levelProblems = (levels) =>
  increasingProblems(
    levels.map((level) => level.threshold),
    0,
    (i) => `level ${i + 1}`,
  );

/** Lines for values that can't be sent at all (see the top of this file). */
export function sectionProblems(draft) {
  return [
    ...(draft.badges || []).flatMap(badgeLines),
    ...(draft.levels || []).map(
      (level, i) => !Number.isInteger(level.threshold) && `Level ${i + 1}: points — Enter a whole number.`,
    ),
    ...(draft.campaigns || []).flatMap(campaignLines),
    ...(draft.challenges || []).flatMap(challengeLines),
    ...(draft.overall_caps || []).map(
      (cap, i) => !Number.isInteger(cap.points) && `Cap ${i + 1}: points — Enter a whole number.`,
    ),
    draft.streak && !Number.isInteger(draft.streak.grace) && 'Streak: grace — Enter a whole number.',
  ].filter(Boolean);
}

function badgeLines(badge) {
  const name = `Badge ${badge.name || badge.id}`;
  return badge.thresholds.map((value, i) => {
    const field = badge.repeatable ? 'every N' : TIERS[i].toLowerCase();
    return !Number.isInteger(value) && `${name}: ${field} — Enter a whole number.`;
  });
}

function campaignLines(campaign) {
  const name = `Campaign ${campaign.name || campaign.id}`;
  return [
    !isDate(campaign.starts) && `${name}: start — Enter a date and time.`,
    !isDate(campaign.ends) && `${name}: end — Enter a date and time.`,
    !isNumber(campaign.multiplier) && `${name}: multiplier — Enter a number.`,
  ];
}

function challengeLines(challenge) {
  const name = `Team challenge ${challenge.name || challenge.id}`;
  return [
    !Number.isInteger(challenge.team_id) && `${name}: team — Choose a team.`,
    !Number.isInteger(challenge.target) && `${name}: target — Enter a whole number.`,
    !Number.isInteger(challenge.reward_points) && `${name}: reward points — Enter a whole number.`,
    !isDate(challenge.starts) && `${name}: start — Enter a date and time.`,
    !isDate(challenge.ends) && `${name}: end — Enter a date and time.`,
  ];
}
