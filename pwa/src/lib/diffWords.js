// The words for one change in a rule-set diff: "Added rule “Early bird”",
// "Disabled badge “Sharer”", and values as people read them.
const NOUNS = {
  rules: 'rule',
  badges: 'badge',
  campaigns: 'campaign',
  challenges: 'team challenge',
  levels: 'level',
  overall_caps: 'overall cap',
  network_multipliers: 'network multipliers',
  streak: 'streak',
  timezone: 'time zone',
};
const VERBS = { added: 'Added', removed: 'Removed', changed: 'Changed', enabled: 'Enabled', disabled: 'Disabled' };

export function diffTitle(change) {
  const noun = NOUNS[change.section] || String(change.section || '').replace(/_/g, ' ');
  const name = change.name || change.id;
  return `${VERBS[change.change] || change.change} ${noun}${name ? ` “${name}”` : ''}`;
}

/** What the item does now (what it did, if removed), when the server says it in words. */
export function diffSentence(change) {
  const text = change.change === 'removed' ? change.before : change.after;
  return typeof text === 'string' ? text : null;
}

const PER = { day: 'a day', week: 'a week', month: 'a month' };

export function diffValue(value) {
  if (value && typeof value === 'object' && 'window' in value && 'points' in value) {
    return `${value.points} points ${PER[value.window] || `per ${value.window}`}`;
  }
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(diffValue).join(', ') : '(none)';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
