// How a badge's tier looks and reads. tier 0 / tier_name null = not earned
// yet; "x2", "x3"… are repeat awards of a repeatable badge.
const NAMED = { bronze: 'Bronze', silver: 'Silver', gold: 'Gold' };

export const isEarned = (badge) => (badge.tier || 0) > 0;

/** CSS modifier: bronze | silver | gold | locked (repeats count as gold). */
export function tierLook(badge) {
  if (!isEarned(badge)) return 'locked';
  const name = String(badge.tier_name || '').toLowerCase();
  if (NAMED[name]) return name;
  return /^x\d+$/.test(name) ? 'gold' : 'bronze';
}

export function tierLabel(badge) {
  if (!isEarned(badge)) return 'Locked';
  const name = String(badge.tier_name || '');
  if (NAMED[name.toLowerCase()]) return NAMED[name.toLowerCase()];
  if (/^x\d+$/i.test(name)) return `Earned ×${name.slice(1)}`;
  return name || 'Earned';
}
