// Sign-in: single sign-on when the server has it, and the password form unless
// it is the only way in. Password errors come from the server's envelope: the
// message above the button, and per-field messages (if any) under their
// fields. A failed single sign-on comes back with a code in the address.
import { useEffect, useRef, useState } from 'preact/hooks';
import { logIn } from '../actions/session.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { FormField } from '../components/FormField.jsx';
import { useFocusFirstError } from '../lib/focusFirstError.js';
import { ssoErrorMessage } from '../lib/ssoErrors.js';
import { useSsoSettings } from '../lib/useSsoSettings.js';

export function Login() {
  const sso = useSsoSettings();
  const [ssoError] = useState(() => ssoErrorMessage());
  useEffect(() => {
    // Shown once: a reload or a later sign-in must not bring the message back.
    if (ssoError) history.replaceState(null, '', '#/login');
  }, [ssoError]);
  return (
    <main class="login" id="main">
      <div class="login-card">
        <img class="login-logo" src="/icons/icon-192.png" width="64" height="64" alt="" />
        <h1>Amplify</h1>
        <p class="login-tagline">Share your company's news, earn points and climb the leaderboard.</p>
        {ssoError && (
          <p class="form-error" role="alert">
            {ssoError}
          </p>
        )}
        {sso.enabled && (
          // A plain link: the browser follows the server's redirects to the
          // identity provider and back. A form would be held to the page's
          // form-action policy, which allows only our own origin.
          <a class={`btn btn-block ${sso.password_login ? 'btn-secondary' : 'btn-primary'}`} href={sso.start_url}>
            {sso.label}
          </a>
        )}
        {sso.enabled && sso.password_login && <p class="login-or">or log in with your password</p>}
        {sso.password_login && <PasswordForm />}
      </div>
    </main>
  );
}

function PasswordForm() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const form = useRef(null);
  useFocusFirstError(form, error);

  const onSubmit = async (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await logIn(String(data.get('email')).trim(), String(data.get('password')));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const fields = flattenFieldErrors(error && error.fields);
  return (
    <>
      <form
        class="form"
        ref={form}
        onSubmit={onSubmit}
        noValidate
        aria-describedby={error ? 'login-error' : undefined}
      >
        <FormField
          label="Work email"
          name="email"
          type="email"
          autocomplete="username"
          inputMode="email"
          required
          error={fields.email}
        />
        <FormField
          label="Password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          error={fields.password}
        />
        {error && (
          <p class="form-error" id="login-error" role="alert">
            {error.message}
          </p>
        )}
        <button
          type="submit"
          class="btn btn-primary btn-block"
          disabled={busy}
          aria-busy={busy ? 'true' : undefined}
        >
          Log in
        </button>
      </form>
      <a class="btn btn-secondary btn-block" href="#/forgot">
        Forgot password?
      </a>
      <p class="login-hint">
        Demo: <span class="nowrap">advocate@demo.example</span> / <span class="nowrap">demo-password</span>
      </p>
    </>
  );
}
