// A refused rule set comes back as {"draft": ["rule a: …", …]} (or
// "document" for publish): one line per problem, every one worth showing.
// Shape errors are nested instead ({"draft": {"rules": {"0": {"points":
// […]}}}), so those are flattened to "rules.0.points: …".
import { flattenFieldErrors } from './fieldErrors.js';

const WRAPPERS = new Set(['draft', 'document']);

export function listProblems(fields) {
  if (!fields || typeof fields !== 'object') return [];
  return Object.entries(fields).flatMap(([key, value]) => {
    const label = WRAPPERS.has(key) ? '' : key;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      return value.map((line) => labelled(label, line));
    }
    if (value && typeof value === 'object') {
      return Object.entries(flattenFieldErrors(value, label)).map(([name, message]) =>
        labelled(name, message),
      );
    }
    return [labelled(label, String(value))];
  });
}

const labelled = (name, message) => (name ? `${name}: ${message}` : message);
