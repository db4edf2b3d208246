// Words on a team challenge card: the goal ("128 of 200 shares"), the time
// left ("4 days left", "Last day", "Ended 3 Dec"), the result, who is
// contributing and the reward. Pure, so the tests can pin them down.
const DAY_MS = 24 * 3600 * 1000;

const number = (n) => Number(n || 0).toLocaleString('en-GB');

/** "128 of 200 shares". */
export function goalWords({ count, target, event_label: label }) {
  return `${number(count)} of ${number(target)} ${label || 'events'}`;
}

/** The last day a window covers: its end is the first instant after it. */
const lastDay = (iso) => new Date(new Date(iso).getTime() - 1);

function dayMonth(date, timeZone, withYear = false) {
  const options = { day: 'numeric', month: 'short', timeZone };
  if (withYear) options.year = 'numeric';
  return date.toLocaleDateString('en-GB', options);
}

/**
 * "4 days left", "2 days left", "Last day", or "Ended 3 Dec" once over. The
 * server's days_left counts whole days after today in the organisation's
 * timezone (0 on the last day), so the days left include today.
 */
export function daysLeftWords({ ends, days_left: daysLeft }, now = Date.now(), timeZone = undefined) {
  const left = new Date(ends).getTime() - now;
  if (left <= 0) return `Ended ${dayMonth(lastDay(ends), timeZone)}`;
  const days = Number.isFinite(daysLeft) ? daysLeft + 1 : Math.ceil(left / DAY_MS);
  return days <= 1 ? 'Last day' : `${days} days left`;
}

/** "1–14 Dec", "28 Nov – 5 Dec", "28 Dec 2026 – 3 Jan 2027": a window's days, ends exclusive. */
export function dateRangeWords(starts, ends, timeZone = undefined) {
  const first = new Date(starts);
  const last = lastDay(ends);
  const part = (date, options) => date.toLocaleDateString('en-GB', { ...options, timeZone });
  const year = (date) => part(date, { year: 'numeric' });
  const month = (date) => part(date, { month: 'short' });
  if (year(first) !== year(last)) return `${dayMonth(first, timeZone, true)} – ${dayMonth(last, timeZone, true)}`;
  if (month(first) !== month(last)) return `${dayMonth(first, timeZone)} – ${dayMonth(last, timeZone)}`;
  if (part(first, { day: 'numeric' }) === part(last, { day: 'numeric' })) return dayMonth(first, timeZone);
  return `${part(first, { day: 'numeric' })}–${dayMonth(last, timeZone)}`;
}

export const isReached = (card) => card.state === 'reached' || card.state === 'won';

/** The result in a few words: "Goal reached", "Missed", or how far along a running one is. */
export function stateWords(card) {
  if (isReached(card)) return 'Goal reached';
  if (card.state === 'missed') return 'Missed';
  return `${Math.round(Number(card.percent) || 0)}% there`;
}

/** "+50 points each when the team gets there"; once reached, what everyone got. */
export function rewardWords(card) {
  const points = `+${number(card.reward_points)} point${card.reward_points === 1 ? '' : 's'}`;
  if (isReached(card)) return `Everyone in ${card.team.name} earned ${points}`;
  if (card.state === 'missed') return `The reward was ${points} each`;
  return `${points} each when the team gets there`;
}

/**
 * The top few contributors, [{key, name, count, isMe}], then "you" when the
 * signed-in advocate contributed but is not among them.
 */
export function contributorList(card, meId, few = 3) {
  const top = (card.contributors || []).slice(0, few).map((person) => ({
    key: person.user_id,
    name: person.user_id === meId ? 'You' : person.display_name,
    count: person.count,
    isMe: person.user_id === meId,
  }));
  const mine = Number(card.mine) || 0; // null in a pushed card: the caller keeps their own
  if (mine > 0 && !top.some((person) => person.isMe)) top.push({ key: 'me', name: 'you', count: mine, isMe: true });
  return top;
}

/** Everyone else who contributed, past the few named and you: {people, count}. */
export function othersOf(card, meId, few = 3) {
  const rest = (card.contributors || []).slice(few).filter((person) => person.user_id !== meId);
  const beyond = card.others || { people: 0, count: 0 };
  return {
    people: rest.length + (beyond.people || 0),
    count: rest.reduce((sum, person) => sum + person.count, 0) + (beyond.count || 0),
  };
}

/** "Alex Morgan 12, Sam Lee 9, you: 4": the same list as one line, for screen readers and tests. */
export function contributorWords(card, meId) {
  const list = contributorList(card, meId);
  if (!list.length) return 'No one has contributed yet';
  return list.map((p) => (p.key === 'me' ? `you: ${number(p.count)}` : `${p.name} ${number(p.count)}`)).join(', ');
}

/** Progress as a fraction 0..1 for the bar, from the numbers themselves. */
export function progressOf({ count, target }) {
  return target > 0 ? Math.min(1, Math.max(0, count / target)) : 0;
}
