// Adding, duplicating and switching off items in the rules draft. New ids
// come from the name (a lowercase slug, unique among the draft's ids and the
// ones in force, so a new rule never inherits an old one's awards).
import { slugId, takenIds, uniqueId, uniqueName } from './draftIds.js';

/** Event types a rule can count, in words; the server's field list may add more. */
export const TRIGGERS = [
  { value: 'share', label: 'A share' },
  { value: 'click', label: 'A click on their link' },
  { value: 'content_opened', label: 'Opening content' },
  { value: 'guidelines_acknowledged', label: 'Accepting the guidelines' },
  { value: 'quiz_passed', label: 'Passing the training quiz' },
  { value: 'suggestion_approved', label: 'A suggestion approved' },
  { value: 'suggestion_shared', label: 'A colleague sharing their suggestion' },
  { value: 'kudos', label: 'Kudos' },
];

/** The trigger choices: ours, plus any event type the fields name that we don't know. */
export function triggerOptions(fields, current) {
  const known = new Set(TRIGGERS.map((t) => t.value));
  const extra = new Set();
  for (const field of fields || []) for (const t of field.triggers || []) if (!known.has(t)) extra.add(t);
  if (current && !known.has(current)) extra.add(current);
  return [...TRIGGERS, ...[...extra].map((value) => ({ value, label: value.replace(/_/g, ' ') }))];
}

export const isEnabled = (item) => item.enabled !== false;

export function newRule(rules, originals) {
  const name = uniqueName('New rule', rules);
  return {
    id: uniqueId(slugId(name, 'rule'), takenIds(rules, originals)),
    name,
    trigger: 'share',
    points: 5,
    condition: '',
    caps: [],
    enabled: true,
  };
}

/** A copy of `item` named "<name> (copy)", with a fresh id, right after it. */
export function duplicated(item, items, originals, fallback) {
  const name = uniqueName(`${item.name} (copy)`.slice(0, 120), items);
  const copy = JSON.parse(JSON.stringify(item));
  return { ...copy, name, id: uniqueId(slugId(name, fallback), takenIds(items, originals)) };
}

/** A copy of the draft with `item` inserted after position `index` of list `key`. */
export function withInserted(draft, key, index, item) {
  const items = [...(draft[key] || [])];
  items.splice(index + 1, 0, item);
  return { ...draft, [key]: items };
}

/**
 * Duplicate and Disable / Enable for a card of list `key` (badges,
 * campaigns, challenges): props for ItemCard, with the item's sentence.
 */
export function cardExtras({ setDraft, key, items, originals, sentences, fallback, announce }) {
  return (item, index) => ({
    sentence: sentences && sentences[key] ? sentences[key][item.id] : null,
    enabled: isEnabled(item),
    onDuplicate: () => {
      const copy = duplicated(item, items, originals, fallback);
      setDraft((d) => withInserted(d, key, index, copy));
      announce(`Added ${copy.name}. Not published yet.`);
    },
    onToggle: () => {
      const enabled = !isEnabled(item);
      setDraft((d) => ({ ...d, [key]: d[key].map((x, i) => (i === index ? { ...x, enabled } : x)) }));
      announce(`${item.name || item.id} ${enabled ? 'enabled' : 'disabled'}. Not published yet.`);
    },
  });
}
