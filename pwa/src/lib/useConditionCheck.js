// Checks a condition with the server (POST /rules/check, with the rule's
// trigger, so a field that kind of event lacks is refused) once typing
// pauses. Only edited conditions are checked: the ones in force passed.
// Returns {status: 'idle'|'checking'|'valid'|'invalid'|'unavailable',
// message?, position?, fieldsUsed?}; a late answer for text that has since
// changed is dropped.
import { useEffect, useState } from 'preact/hooks';
import { checkCondition } from '../api/rules.js';

const DEBOUNCE_MS = 400;

export function useConditionCheck(value, original, trigger) {
  const [result, setResult] = useState({ status: 'idle' });
  useEffect(() => {
    if (value === original) {
      setResult({ status: 'idle' });
      return undefined;
    }
    let active = true;
    const timer = setTimeout(async () => {
      // An earlier verdict stays on screen meanwhile, so it doesn't flicker.
      setResult((r) => (r.status === 'idle' ? { status: 'checking' } : r));
      const next = await verdict(value, trigger);
      if (active) setResult(next);
    }, DEBOUNCE_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [value, original, trigger]);
  return result;
}

async function verdict(condition, trigger) {
  try {
    const body = await checkCondition(condition, trigger);
    return { status: 'valid', fieldsUsed: body.fields_used || [] };
  } catch (err) {
    if (err.status !== 422) return { status: 'unavailable', message: err.message };
    const position = err.fields && err.fields.position;
    const at = Array.isArray(position) ? position[0] : position;
    return { status: 'invalid', message: err.message, position: Number.isInteger(at) ? at : null };
  }
}
