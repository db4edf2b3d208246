// Notification preferences: load, edit locally, save with one PUT. The time
// zone defaults to the saved one, else this device's.
import { useEffect, useState } from 'preact/hooks';
import { fetchPreferences, savePreferences } from '../api/push.js';
import { localErrors, toBody, toForm } from './pushPreferences.js';
import { announce } from '../state/announcer.js';

export const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function usePushPreferences(enabled) {
  const [load, setLoad] = useState({ status: 'loading', error: null });
  const [form, setForm] = useState(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState(null); // { saved: true } or { error, fields }

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    fetchPreferences()
      .then((body) => {
        if (!active) return;
        setForm(toForm(body, deviceZone()));
        setLoad({ status: 'ready', error: null });
      })
      .catch((error) => active && setLoad({ status: 'error', error }));
    return () => {
      active = false;
    };
  }, [enabled, attempt]);

  const edit = (changes) => {
    setForm((f) => ({ ...f, ...changes }));
    setResult((r) => (r && r.saved ? null : r)); // "Saved" no longer true
  };

  const save = async () => {
    const problems = localErrors(form);
    if (Object.keys(problems).length) {
      setResult({ error: { message: 'Check the quiet hours.' }, fields: problems });
      return;
    }
    setSaving(true);
    setResult(null);
    try {
      setForm(toForm(await savePreferences(toBody(form)), deviceZone()));
      setResult({ saved: true });
      announce('Notification preferences saved.');
    } catch (error) {
      setResult({ error, fields: error.fields || null });
    } finally {
      setSaving(false);
    }
  };

  return { ...load, form, edit, save, saving, result, reload: () => setAttempt((n) => n + 1) };
}
