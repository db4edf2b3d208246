// Set a new password from a reset link (#/reset/<token>). Every session of
// the account ends, this browser's included, so the next step is logging in.
import { useState } from 'preact/hooks';
import { checkReset, completeReset } from '../../api/accounts.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { useLinkCheck } from '../../lib/useLinkCheck.js';
import { passwordProblem } from '../../lib/passwordRules.js';
import { startSession } from '../../actions/session.js';
import { LinkProblem } from './LinkProblem.jsx';
import { NewPasswordField } from './NewPasswordField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

export default function ResetPassword({ token }) {
  const link = useLinkCheck(checkReset, token);
  const [done, setDone] = useState(false);
  if (link.status === 'loading') return <p aria-busy="true">Checking your link…</p>;
  if (link.status === 'error') {
    return (
      <LinkProblem title="This link can't be used" error={link.error}>
        <a class="btn btn-primary btn-block" href="#/forgot">
          Ask for a new link
        </a>
      </LinkProblem>
    );
  }
  if (done) return <Changed />;
  return <ResetForm token={token} email={link.data.email} onDone={() => setDone(true)} />;
}

function ResetForm({ token, email, onDone }) {
  const password = (data) => String(data.get('password'));
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: (data) => ({ password: passwordProblem(password(data)) }),
    send: async (data) => {
      await completeReset(token, password(data));
      onDone();
    },
  });

  return (
    <>
      <h1>Choose a new password</h1>
      <p class="login-tagline">
        For <span class="nowrap">{email}</span>. You'll be signed out everywhere else.
      </p>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        {/* Lets password managers store the new password against the right account. */}
        <input type="email" name="username" value={email} autocomplete="username" hidden readOnly />
        <NewPasswordField error={fieldError('password')} />
        <FormFailure failure={failure} />
        <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
          Save new password
        </button>
      </form>
    </>
  );
}

function Changed() {
  // Re-ask who is signed in: this browser's own session ended with the others.
  const toLogin = (event) => {
    event.preventDefault();
    window.location.replace('#/feed'); // the token leaves the address bar and history
    startSession();
  };
  return (
    <>
      <h1>Password changed</h1>
      <p class="login-tagline" role="status">
        Your new password is set and every other session has ended. Log in with it now.
      </p>
      <a class="btn btn-primary btn-block" href="#/feed" onClick={toLogin}>
        Log in
      </a>
    </>
  );
}
