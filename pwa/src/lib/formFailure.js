// What a form shows after a refused submit: per-field messages under their
// fields, and the envelope's message only when no field explains it.
// `fields` is always an object, so a form can look its fields up directly.
import { flattenFieldErrors } from './fieldErrors.js';

const messageOf = (err) => (err && err.message) || 'Something went wrong.';

export function envelopeFailure(err) {
  const fields = flattenFieldErrors(err && err.fields);
  return { fields, message: Object.keys(fields).length ? null : messageOf(err) };
}

/**
 * For a form that shows only some fields: the envelope's message stays unless
 * one of them (or a part of one: `prohibited_words` covers
 * `prohibited_words.0`) explains the refusal, so a message about a field the
 * form doesn't show is never lost.
 */
export function refusalShowing(shown) {
  return (err) => {
    const fields = flattenFieldErrors(err && err.fields);
    const explained = Object.keys(fields).some((name) =>
      shown.some((field) => name === field || name.startsWith(`${field}.`)),
    );
    return { fields, message: explained ? null : messageOf(err) };
  };
}

/** Field messages and the envelope's message both, for forms that show the summary anyway. */
export const refusalWithMessage = refusalShowing([]);

// Problems found in the browser before sending, as {name: message}; null when there are none.
export function fieldFailure(problems) {
  const fields = Object.fromEntries(Object.entries(problems || {}).filter(([, message]) => message));
  return Object.keys(fields).length ? { fields, message: null } : null;
}
