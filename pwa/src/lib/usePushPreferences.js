// Notification preferences: load, edit locally, save with one PUT (the form
// sends it through useFormSubmit, which shows a refusal). The time zone
// defaults to the saved one, else this device's.
import { useEffect, useState } from 'preact/hooks';
import { fetchPreferences, savePreferences } from '../api/push.js';
import { localErrors, toBody, toForm } from './pushPreferences.js';
import { announce } from '../state/announcer.js';

export const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function usePushPreferences(enabled) {
  const [load, setLoad] = useState({ status: 'loading', error: null });
  const [form, setForm] = useState(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);

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
    setSaved(false);
  };

  /** Sends the form; throws the API's error when refused. */
  const save = async () => {
    setSaved(false);
    setForm(toForm(await savePreferences(toBody(form)), deviceZone()));
    setSaved(true);
    announce('Notification preferences saved.');
  };

  /** Problems found before asking the server, in the server's field names. */
  const check = () => localErrors(form);

  return { ...load, form, edit, check, save, saved, reload: () => setAttempt((n) => n + 1) };
}
