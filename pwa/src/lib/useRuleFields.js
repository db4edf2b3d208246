// The fields a condition may use (GET /rules/fields), fetched once per page
// load and shared by every rule's builder.
import { useEffect, useState } from 'preact/hooks';
import { fetchRuleFields } from '../api/rules.js';

let pending = null;

export function useRuleFields() {
  const [state, setState] = useState({ status: 'loading', items: [], error: null });
  const load = () => {
    if (!pending) pending = fetchRuleFields().catch((error) => ((pending = null), Promise.reject(error)));
    pending.then(
      (items) => setState({ status: 'ready', items, error: null }),
      (error) => setState({ status: 'error', items: [], error }),
    );
  };
  useEffect(load, []);
  return { ...state, reload: load };
}

/** The fields an event of this type carries. */
export const fieldsFor = (fields, trigger) =>
  fields.filter((field) => !field.triggers || field.triggers.includes(trigger));
