// What a form shows after a refused submit: per-field messages under their
// fields, and the envelope's message only when no field explains it.
// `fields` is always an object, so a form can look its fields up directly.
import { flattenFieldErrors } from './fieldErrors.js';

export function envelopeFailure(err) {
  const fields = flattenFieldErrors(err && err.fields);
  return { fields, message: Object.keys(fields).length ? null : (err && err.message) || 'Something went wrong.' };
}

// Problems found in the browser before sending, as {name: message}; null when there are none.
export function fieldFailure(problems) {
  const fields = Object.fromEntries(Object.entries(problems || {}).filter(([, message]) => message));
  return Object.keys(fields).length ? { fields, message: null } : null;
}
