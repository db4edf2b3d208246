// Prizes in plain words: how winners are chosen, who can win, what the
// figure next to a winner means, and where a prize is in being handed over.
import { monthLabel } from './prizeMonths.js';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export const METHODS = [
  { value: 'top', label: 'Top of the board' },
  { value: 'raffle', label: 'Raffle' },
  { value: 'most_improved', label: 'Most improved' },
  { value: 'best_team', label: 'Best team' },
];

export const FULFILMENT = [
  { value: 'pending', label: 'Not sent yet' },
  { value: 'sent', label: 'On its way' },
  { value: 'received', label: 'Received' },
];

const plural = (n, one, many = `${one}s`) => `${NUMBER.format(n)} ${n === 1 ? one : many}`;

export function methodLabel(method) {
  const found = METHODS.find((m) => m.value === method);
  return found ? found.label : method;
}

export function fulfilmentLabel(status) {
  const found = FULFILMENT.find((f) => f.value === status);
  return found ? found.label : status;
}

/** One sentence on how the winners of `prize` are picked. */
export function howChosen({ method, quantity = 1, ticket_cap: cap, month }) {
  const when = month ? `in ${monthLabel(month)}` : 'in the month';
  const who = quantity === 1 ? 'The advocate' : `The ${quantity} advocates`;
  if (method === 'top') return `${who} with the most points ${when} ${quantity === 1 ? 'wins' : 'win'}.`;
  if (method === 'raffle') {
    const drawn = quantity === 1 ? 'One winner is' : `${quantity} winners are`;
    return `${drawn} drawn at random: every point is a ticket, up to ${plural(cap, 'ticket')} each.`;
  }
  if (method === 'most_improved') {
    return `${who} who gained the most points on the month before ${quantity === 1 ? 'wins' : 'win'}.`;
  }
  if (method === 'best_team') {
    const teams = quantity === 1 ? 'The team' : `The ${quantity} teams`;
    const win = quantity === 1 ? 'wins' : 'win';
    return `${teams} with the most points per member ${when} ${win}, for everyone in it.`;
  }
  return '';
}

/** Who can win it: the minimums, and whether earlier winners are left out. */
export function eligibility(prize) {
  const { method, min_points: points = 1, min_active_days: days = 0, allow_repeat: repeat } = prize;
  const least = Math.max(points, 1); // nobody wins with no points at all
  if (method === 'best_team') return `Teams with at least ${plural(least, 'point')} per member.`;
  const parts = [`Open to advocates with at least ${plural(least, 'point')}`];
  if (days > 0) parts.push(`who shared on at least ${plural(days, 'day')}`);
  const sentence = `${parts.join(' ')}.`;
  return repeat ? sentence : `${sentence} One prize per person a month.`;
}

/** What a winner's figure means for the prize's method. */
export function figureLabel(method, figure) {
  if (method === 'raffle') return plural(figure, 'ticket');
  if (method === 'most_improved') return `+${plural(figure, 'point')} on the month before`;
  if (method === 'best_team') return `${plural(figure, 'point')} per member`;
  return plural(figure, 'point');
}

/** "Everyone" for company-wide prizes, else the team's name when known. */
export function scopeName(teamId, teamNames = {}) {
  if (teamId === null || teamId === undefined) return 'Whole company';
  return teamNames[teamId] || 'Team prize';
}

/** How far an exclusion reaches, as the close panel and the award summary say it. */
export function exclusionScope(row, monthName) {
  if (row.scope === 'month') return `Every prize of ${monthName}`;
  return row.prize ? `Only “${row.prize}”` : 'Only this prize';
}
