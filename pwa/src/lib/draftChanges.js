// How much of the draft differs from the rules in force, per section, for
// the "Edited" marks and the "N changes · not published" line. Point
// rules, badges, campaigns and challenges are matched by id, so adding,
// removing or editing one counts once; levels and caps have no id and are
// compared row by row.

export function sameValue(a, b) {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameValue(a[key], b[key]));
}

function byId(items = [], originals = []) {
  const before = new Map(originals.map((item) => [item.id, item]));
  const ids = new Set(items.map((item) => item.id));
  const changed = items.filter((item) => !sameValue(item, before.get(item.id))).length;
  return changed + originals.filter((item) => !ids.has(item.id)).length;
}

function byRow(items = [], originals = []) {
  let changed = 0;
  for (let i = 0; i < Math.max(items.length, originals.length); i += 1) {
    if (!sameValue(items[i], originals[i])) changed += 1;
  }
  return changed;
}

/** Point rules added, removed or changed. */
export const ruleChanges = (draft, original) => byId(draft.rules, original.rules);

/** {badges, levels, campaigns, challenges, limits}: changes in each section. */
export function sectionChanges(draft, original) {
  return {
    badges: byId(draft.badges, original.badges),
    levels: byRow(draft.levels, original.levels),
    campaigns: byId(draft.campaigns, original.campaigns),
    challenges: byId(draft.challenges, original.challenges),
    limits:
      byRow(draft.overall_caps, original.overall_caps) + (sameValue(draft.streak, original.streak) ? 0 : 1),
  };
}

/** Every change: point rules plus every section's. */
export function changeCount(draft, original) {
  const sections = Object.values(sectionChanges(draft, original));
  return ruleChanges(draft, original) + sections.reduce((sum, n) => sum + n, 0);
}

/** Whether this rule / badge / campaign / challenge is new or differs from the one in force. */
export function itemStatus(item, originals = []) {
  const before = originals.find((o) => o.id === item.id);
  if (!before) return 'new';
  return sameValue(item, before) ? null : 'edited';
}
