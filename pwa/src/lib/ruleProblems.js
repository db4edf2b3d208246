// The server names what it refused in a draft by its path in the document
// ("document.rules.3.condition", "draft.badges.0.thresholds.1"). These
// helpers nest those keys (so cardProblems can sort them per card, by id)
// and turn each into a line in words ("Rule “LinkedIn bonus”, condition:
// …") that knows which item to show.
import { flattenFieldErrors } from './fieldErrors.js';

const WRAPPERS = ['document', 'draft'];
const NOUNS = {
  rules: 'Rule',
  badges: 'Badge',
  campaigns: 'Campaign',
  challenges: 'Team challenge',
  levels: 'Level',
  overall_caps: 'Overall cap',
};
const FIELD_WORDS = {
  condition: 'condition',
  points: 'points',
  name: 'name',
  trigger: 'trigger',
  team_id: 'team',
  reward_points: 'reward points',
  starts: 'start',
  ends: 'end',
  threshold: 'points',
  thresholds: 'thresholds',
  window: 'period',
};

/** {"document.rules.3.condition": […]} → {document: {rules: {3: {condition: […]}}}}; other keys as they are. */
export function nestedFields(fields) {
  const out = {};
  const entries = Object.entries(fields || {});
  // The server also lists every message under plain "document" (or "draft"):
  // where dotted paths place them, that summary would only repeat them.
  const placed = new Set(entries.map(([key]) => key.split('.')).filter((p) => p.length > 1).map((p) => p[0]));
  for (const [key, value] of entries) {
    const path = key.split('.');
    if (path.length < 2 || !WRAPPERS.includes(path[0])) {
      if (!(WRAPPERS.includes(key) && placed.has(key))) out[key] = value;
      continue;
    }
    let node = out;
    path.slice(0, -1).forEach((part) => {
      if (!node[part] || Array.isArray(node[part])) node[part] = {};
      node = node[part];
    });
    node[path[path.length - 1]] = value;
  }
  return out;
}

/** Every problem as {text, target: {list, index} | null}, named in words from the sent draft. */
export function problemLines(fields, sent) {
  return Object.entries(flattenFieldErrors(nestedFields(fields))).map(([key, message]) => {
    const path = key.split('.');
    if (WRAPPERS.includes(path[0])) path.shift();
    const [list, index, field] = path;
    const item = sent && sent[list] && /^\d+$/.test(index || '') ? sent[list][Number(index)] : null;
    if (!item) return { text: message, target: null };
    const what = list === 'levels' ? `${NOUNS[list]} ${Number(index) + 1}` : `${NOUNS[list] || list} “${item.name || item.id}”`;
    const about = field ? `, ${FIELD_WORDS[field] || field.replace(/_/g, ' ')}` : '';
    // The server often starts with the item's name already; don't say it twice.
    const body = item.name && message.startsWith(`${item.name}:`) ? message.slice(item.name.length + 1).trim() : message;
    return { text: `${what}${about}: ${body}`, target: { list, index: Number(index), id: item.id } };
  });
}

/** The first item the server named, to show it: {list, index, id} or null. */
export const firstTarget = (fields, sent) => {
  const line = problemLines(fields, sent).find((l) => l.target);
  return line ? line.target : null;
};
