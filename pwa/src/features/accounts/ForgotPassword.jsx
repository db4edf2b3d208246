// Forgot password: ask for a reset link by email. The server answers the
// same whether or not the account exists, so this screen does too.
import { useState } from 'preact/hooks';
import { requestReset } from '../../api/accounts.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

export default function ForgotPassword() {
  const [sent, setSent] = useState(null);
  const email = (data) => String(data.get('email')).trim();
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: (data) => ({ email: !email(data) && 'Enter the email you log in with.' }),
    send: async (data) => setSent((await requestReset(email(data))).message),
  });

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
          error={fieldError('email')}
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
