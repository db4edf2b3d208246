// The server's reasons for refusing a draft, sorted by what they are about,
// so each badge, campaign, challenge, level, cap or the streak can show its
// own next to its fields (ProblemList still lists them all).
//
// Two shapes arrive under fields.draft (preview) or fields.document
// (publish): lines that name an item ("badge sharer: tiers overlap…",
// "campaign launch: …", "team challenge x: …", "levels: …") and nested
// shape errors by list index ({"badges": {"0": {"thresholds": […]}}}). An
// index is turned into the id the sent draft had there, so the message
// stays on the right card even if the admin removes another one meanwhile.
//
// Result: {key: [{field, text}]}, key "badges:<id>", "campaigns:<id>",
// "challenges:<id>", "rules:<id>", "levels.<i>", "overall_caps.<i>", or a whole list /
// "streak"; field is the input it concerns, or null for the whole item.
import { flattenFieldErrors } from './fieldErrors.js';
import { TIERS } from './badgeMetrics.js';

const LISTS = { badge: 'badges', campaign: 'campaigns', 'team challenge': 'challenges' };
const WITH_IDS = new Set([...Object.values(LISTS), 'rules']);
const BY_ROW = new Set(['levels', 'overall_caps', 'streak']);
const DUPLICATE = /^(badge|campaign|team challenge) id (\S+) is used more than once/;
const NAMED = /^(badge|campaign|team challenge) (\S+): (.+)$/;
const WHOLE_LIST = [
  [/^levels:/, 'levels'],
  [/^overall cap/, 'overall_caps'],
  [/^streak:/, 'streak'],
];
// Which field a named line is about, by what the server's checks say.
const ABOUT = [
  [/threshold|tier/, 'thresholds'],
  [/aggregate/, 'metric'],
  [/ends before/, 'ends'],
  [/multiplier/, 'multiplier'],
];

export function cardProblems(problems) {
  const found = {};
  if (!problems || !problems.error || problems.kind === 'rollback') return found;
  const add = (key, field, text) => (found[key] = [...(found[key] || []), { field, text }]);
  const fields = problems.error.fields || {};
  for (const value of [fields.draft, fields.document]) {
    if (Array.isArray(value)) value.forEach((line) => fromLine(String(line), add));
    else if (value && typeof value === 'object') fromShape(value, problems.sent, add);
  }
  return found;
}

function fromLine(line, add) {
  const duplicate = DUPLICATE.exec(line);
  if (duplicate) return add(`${LISTS[duplicate[1]]}:${duplicate[2]}`, null, line);
  const named = NAMED.exec(line);
  if (named) {
    const about = ABOUT.find(([pattern]) => pattern.test(named[3]));
    return add(`${LISTS[named[1]]}:${named[2]}`, about ? about[1] : null, named[3]);
  }
  const list = WHOLE_LIST.find(([pattern]) => pattern.test(line));
  if (list) add(list[1], null, line);
}

function fromShape(shape, sent, add) {
  for (const [list, errors] of Object.entries(shape)) {
    if (!WITH_IDS.has(list) && !BY_ROW.has(list)) continue;
    if (Array.isArray(errors)) {
      errors.forEach((text) => add(list, null, String(text)));
    } else if (list === 'streak') {
      fieldLines(errors).forEach(({ field, text }) => add('streak', field, text));
    } else {
      for (const [index, itemErrors] of Object.entries(errors || {})) {
        const key = itemKey(list, index, sent);
        fieldLines(itemErrors).forEach(({ field, text }) => add(key, field, text));
      }
    }
  }
}

function itemKey(list, index, sent) {
  const item = sent && sent[list] && sent[list][index];
  return WITH_IDS.has(list) && item && item.id ? `${list}:${item.id}` : `${list}.${index}`;
}

// {"thresholds": {"1": ["Not a valid integer."]}} → field "thresholds",
// text "Silver: Not a valid integer."; an item-wide message has no field.
function fieldLines(errors) {
  if (Array.isArray(errors)) return errors.map((text) => ({ field: null, text: String(text) }));
  return Object.entries(flattenFieldErrors(errors)).map(([name, text]) => {
    const [field, ...rest] = name.split('.');
    const where = rest.length ? `${partName(field, rest[0])}: ` : '';
    return { field, text: where + text };
  });
}

function partName(field, index) {
  if (field === 'thresholds' && TIERS[index]) return TIERS[index];
  return `${field.replace(/_/g, ' ')} ${Number(index) + 1 || index}`;
}

/** The problems for one key, split into per-field text and item-wide lines. */
export function problemsFor(found, key, knownFields) {
  const lines = found[key] || [];
  const byField = {};
  const general = [];
  for (const { field, text } of lines) {
    if (field && knownFields.includes(field)) byField[field] = joinProblems(byField[field], text);
    else general.push(field ? `${field.replace(/_/g, ' ')}: ${text}` : text);
  }
  return { byField, general };
}

const inSection = (key, prefix) =>
  key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}:`);

/** How many problems concern a section, whose keys start with one of `prefixes`. */
export const problemCount = (found, prefixes) =>
  Object.entries(found)
    .filter(([key]) => prefixes.some((prefix) => inSection(key, prefix)))
    .reduce((sum, [, lines]) => sum + lines.length, 0);

/** A field's local hint and server message as one error text; null if neither. */
export const joinProblems = (...texts) => texts.filter(Boolean).join(' ') || null;
