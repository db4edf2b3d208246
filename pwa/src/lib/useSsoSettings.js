// The login screen's single sign-on settings. Until they arrive (or when the
// server can't be reached) the password form shows, as without single sign-on.
import { useEffect, useState } from 'preact/hooks';
import { ssoSettings } from '../api/auth.js';

const OFF = { enabled: false, label: null, start_url: null, password_login: true };

export function useSsoSettings() {
  const [settings, setSettings] = useState(OFF);
  useEffect(() => {
    let live = true;
    ssoSettings()
      .then((answer) => live && setSettings(answer))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
