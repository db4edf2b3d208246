// Sign-in form. Errors come from the server's envelope: the message above the
// button, and per-field messages (if any) under their fields.
import { useRef, useState } from 'preact/hooks';
import { logIn } from '../actions/session.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { FormField } from '../components/FormField.jsx';
import { useFocusFirstError } from '../lib/focusFirstError.js';

export function Login() {
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
    <main class="login" id="main">
      <div class="login-card">
        <img class="login-logo" src="/icons/icon-192.png" width="64" height="64" alt="" />
        <h1>Amplify</h1>
        <p class="login-tagline">Share your company's news, earn points and climb the leaderboard.</p>
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
      </div>
    </main>
  );
}
