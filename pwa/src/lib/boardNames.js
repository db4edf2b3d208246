// Words for a board: what the tabs and subtitle say, and how the live region
// names it ("this week's company board", "the Product Launch team board").
import { ordinal } from './ordinal.js';

const PERIOD_PHRASES = {
  week: "this week's",
  month: "this month's",
  quarter: "this quarter's",
  all_time: 'the all-time',
};

const SCOPE_WORDS = {
  company: 'company',
  team: 'team',
  department: 'department',
  location: 'location',
  teams: 'team versus team',
};

/** A period tab's identity: the period, plus the window for campaigns and challenges. */
export const periodKey = ({ period, window }) => (window ? `${period}:${window}` : period);

export function boardPhrase(periodTab, scope) {
  const when = PERIOD_PHRASES[periodTab.period] || `the ${periodTab.label}`;
  return `${when} ${SCOPE_WORDS[scope] || scope} board`;
}

/** Who a scope covers, for the subtitle: "Everyone in the company", "Marketing team". */
export function scopeDescription(scopeTab) {
  const name = scopeTab.name;
  if (scopeTab.scope === 'team' && name) return `${name} team`;
  if (scopeTab.scope === 'department' && name) return `${name} department`;
  if (scopeTab.scope === 'location' && name) return `Everyone in ${name}`;
  if (scopeTab.scope === 'teams') return 'Teams, by points per member';
  return 'Everyone in the company';
}

/** What the live region says when our (or our team's) rank moves; null when it didn't. */
export function rankMoveMessage(before, after, phrase, who = 'You') {
  if (!after || before === after) return null;
  if (!before) return `${who} ${who === 'You' ? 'are' : 'is'} now ${ordinal(after)} on ${phrase}.`;
  const way = after < before ? 'up' : 'down';
  return `${who} moved ${way} to ${ordinal(after)} on ${phrase}.`;
}
