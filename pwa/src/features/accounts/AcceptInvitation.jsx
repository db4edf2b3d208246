// Join from an invitation link (#/invite/<token>): choose the name colleagues
// see and a password; the account is made and the app opens on the feed.
import { checkInvitation, acceptInvitation } from '../../api/accounts.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { useLinkCheck } from '../../lib/useLinkCheck.js';
import { passwordProblem } from '../../lib/passwordRules.js';
import { joinedByInvitation } from '../../actions/session.js';
import { LinkProblem } from './LinkProblem.jsx';
import { FormField } from '../../components/FormField.jsx';
import { NewPasswordField } from './NewPasswordField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

const ROLE_WORDS = { advocate: 'an advocate', manager: 'a manager', admin: 'an admin' };

export default function AcceptInvitation({ token }) {
  const link = useLinkCheck(checkInvitation, token);
  if (link.status === 'loading') return <p aria-busy="true">Checking your invitation…</p>;
  if (link.status === 'error') return <LinkProblem title="This invitation can't be used" error={link.error} />;
  return <JoinForm token={token} invitation={link.data} />;
}

function JoinForm({ token, invitation }) {
  const { form, failure, busy, submit, fieldError: error } = useFormSubmit({
    check: (data) => problems(...entered(data)),
    send: async (data) => {
      await joinedByInvitation(await acceptInvitation(token, ...entered(data)));
      window.location.replace('#/feed'); // the token leaves the address bar and history
    },
  });
  return (
    <>
      <h1>Join Amplify</h1>
      <p class="login-tagline">
        You're invited as {ROLE_WORDS[invitation.role] || invitation.role}
        {invitation.team ? ` in ${invitation.team.name}` : ''}, as <span class="nowrap">{invitation.email}</span>.
      </p>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <input type="email" name="username" value={invitation.email} autocomplete="username" hidden readOnly />
        <FormField
          label="Your name"
          name="display_name"
          autocomplete="name"
          maxLength={80}
          hint="As colleagues will see it on leaderboards."
          required
          error={error('display_name')}
        />
        <NewPasswordField label="Password" error={error('password')} />
        <FormFailure failure={failure} />
        <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
          Create my account
        </button>
      </form>
    </>
  );
}

function entered(data) {
  return [String(data.get('display_name')).trim(), String(data.get('password'))];
}

function problems(name, password) {
  return { display_name: !name && 'Enter the name colleagues will see.', password: passwordProblem(password) };
}
