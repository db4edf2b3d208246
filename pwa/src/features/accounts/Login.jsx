// Sign-in: single sign-on when the server has it, and the password form unless
// it is the only way in. Password errors come from the server's envelope: the
// message above the button, and per-field messages (if any) under their
// fields. A failed single sign-on comes back with a code in the address.
// The card carries the company's logo and name (lib/branding.js), asked for
// again here in case they changed since this browser last saw them.
import { useEffect, useState } from 'preact/hooks';
import { logIn } from '../../actions/session.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { ssoErrorMessage } from '../../lib/ssoErrors.js';
import { useSsoSettings } from '../../lib/useSsoSettings.js';
import { useDemoLogin } from '../../lib/useDemoLogin.js';
import { logoOf, refreshBranding, useBranding } from '../../lib/branding.js';

export function Login() {
  const sso = useSsoSettings();
  const [ssoError] = useState(() => ssoErrorMessage());
  const brand = useBranding();
  useEffect(() => {
    refreshBranding();
  }, []);
  useEffect(() => {
    // Shown once: a reload or a later sign-in must not bring the message back.
    if (ssoError) history.replaceState(null, '', '#/login');
  }, [ssoError]);
  return (
    <main class="login" id="main">
      <div class="login-card">
        <img class="login-logo" src={logoOf(brand)} width="64" height="64" alt="" data-testid="login-logo" />
        <h1>{brand.name}</h1>
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
  const demo = useDemoLogin();
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    send: (data) => logIn(String(data.get('email')).trim(), String(data.get('password'))),
  });
  return (
    <>
      <form
        class="form"
        ref={form}
        onSubmit={submit}
        noValidate
        aria-describedby={failure && failure.message ? 'login-error' : undefined}
      >
        <FormField
          label="Work email"
          name="email"
          type="email"
          autocomplete="username"
          inputMode="email"
          required
          error={fieldError('email')}
        />
        <FormField
          label="Password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          error={fieldError('password')}
        />
        <FormFailure failure={failure} id="login-error" />
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
      {demo && (
        <p class="login-hint">
          Demo: <span class="nowrap">{demo.email}</span> / <span class="nowrap">{demo.password}</span>
        </p>
      )}
    </>
  );
}
