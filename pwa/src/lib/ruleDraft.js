// The admin's working copy of a rule-set document. Edits only replace the
// rule or item they touch, so every key the screen doesn't edit (timezone,
// network multipliers, a rule's caps…) goes back to the server exactly as
// it came.
import { sectionProblems } from './sectionChecks.js';

const DAY_MS = 86400e3;
const MAX_POINTS = 10000;

export const cloneDocument = (document) => JSON.parse(JSON.stringify(document));

/** A copy of `draft` with item `index` of list `key` (e.g. "badges") patched. */
export function withItem(draft, key, index, patch) {
  const items = (draft[key] || []).map((item, i) => (i === index ? { ...item, ...patch } : item));
  return { ...draft, [key]: items };
}

export const withAdded = (draft, key, item) => ({ ...draft, [key]: [...(draft[key] || []), item] });

export const withoutItem = (draft, key, index) => ({
  ...draft,
  [key]: (draft[key] || []).filter((_, i) => i !== index),
});

/**
 * What to send. GET /rules/current may echo `version` and `effective_from`
 * inside the document; they describe the stored copy, not the rules, and
 * the document schema refuses unknown keys, so they stay behind.
 */
export function sendableDocument(draft) {
  const document = { ...draft };
  delete document.version;
  delete document.effective_from;
  return document;
}

/** Why a points value can't be sent, or null. The server allows ±10000. */
export function pointsProblem(points) {
  if (!Number.isInteger(points)) return 'Enter a whole number.';
  if (Math.abs(points) > MAX_POINTS) return `Use a number from -${MAX_POINTS} to ${MAX_POINTS}.`;
  return null;
}

/** Problems we can spot without asking the server, as readable lines. */
export function localProblems(draft) {
  const rules = draft.rules
    .map((rule) => [rule, pointsProblem(rule.points)])
    .filter(([, problem]) => problem)
    .map(([rule, problem]) => `Rule “${rule.name}”, points: ${problem}`);
  return [...rules, ...sectionProblems(draft)];
}

/** The preview window: the last 30 days, up to a minute from now. */
export function simulationWindow(now = Date.now()) {
  return { start: new Date(now - 30 * DAY_MS).toISOString(), end: new Date(now + 60e3).toISOString() };
}
