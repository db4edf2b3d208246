// Forgot password: ask for a reset link by email. The server answers the
// same whether or not the account exists, so this screen does too.
import { useRef, useState } from 'preact/hooks';
import { requestReset } from '../api/accounts.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { useFocusFirstError } from '../lib/focusFirstError.js';
import { FormField } from '../components/FormField.jsx';
import { FormFailure } from '../components/FormFailure.jsx';

export default function ForgotPassword() {
  const [sent, setSent] = useState(null);
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const form = useRef(null);
  useFocusFirstError(form, failure);

  const submit = async (event) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    if (!email) return setFailure({ fields: { email: 'Enter the email you log in with.' } });
    setBusy(true);
    try {
      setSent((await requestReset(email)).message);
    } catch (err) {
      setFailure({ message: err.fields ? null : err.message, fields: flattenFieldErrors(err.fields) });
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <>
        <h1>Check your email</h1>
        <p class="login-tagline" role="status">
          {sent} It works for an hour. No email? Ask an admin for a reset link.
        </p>
        <a class="btn btn-secondary btn-block" href="#/feed">
          Back to log in
        </a>
      </>
    );
  }
  return (
    <>
      <h1>Forgot your password?</h1>
      <p class="login-tagline">We'll email you a link to choose a new one.</p>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <FormField
          label="Work email"
          name="email"
          type="email"
          autocomplete="username"
          inputMode="email"
          required
          error={failure && failure.fields && failure.fields.email}
        />
        <FormFailure failure={failure} />
        <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
          Send reset link
        </button>
      </form>
      <a class="btn btn-secondary btn-block" href="#/feed">
        Back to log in
      </a>
    </>
  );
}
