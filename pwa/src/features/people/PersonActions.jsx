// A person's account: deactivate (after a confirming tap: their sessions end
// at once) or reactivate, and for admins a password reset link to hand over
// or signing them out on every device (a lost phone; they can log in again).
// Someone imported who hasn't joined yet has their invitation's link instead.
import { useState } from 'preact/hooks';
import { shortDate } from '../../lib/accountDates.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { showToast } from '../../state/toasts.js';
import { changePerson, invitationLink, makeResetLink, signOutEverywhere } from './peopleApi.js';
import { SecretLink } from './SecretLink.jsx';

export function PersonActions({ me, person, onChanged }) {
  const [confirming, setConfirming] = useState(false);
  const [reset, setReset] = useState(null);
  const [busy, setBusy] = useState(false);
  const act = async (action, done) => {
    setBusy(true);
    try {
      done(await action());
    } catch (err) {
      showToast({ tone: 'error', title: err.message });
    } finally {
      setBusy(false);
    }
  };
  const changeActive = (active) =>
    act(
      () => changePerson(person.id, { active }),
      (changed) => {
        setConfirming(false);
        onChanged(changed);
        focusSoon(active ? 'person-deactivate' : 'person-reactivate'); // the button that undoes it
        showToast({ tone: 'success', title: `${person.display_name} is ${active ? 'active again' : 'deactivated'}.` });
      },
    );
  const makeLink = () => act(() => makeResetLink(person.id), setReset);
  // Imported and not yet signed up: their invitation's link instead of a reset link.
  const [invitation, setInvitation] = useState(null);
  const showInvitation = () => act(() => invitationLink(person.invitation_id), setInvitation);
  const invited = Boolean(person.invitation_id);
  const signOut = () =>
    act(
      () => signOutEverywhere(person.id),
      () => showToast({ tone: 'success', title: `${person.display_name} is signed out on every device.` }),
    );
  const admin = me.role === 'admin';
  return (
    <div class="person-actions">
      <h3 class="person-actions-title">Account</h3>
      {reset && (
        <SecretLink
          id={`reset-link-${person.id}`}
          label={`Password reset link for ${person.display_name}`}
          link={reset.link}
          note={`Works once, until ${shortDate(reset.expires_at)}. Give it to them yourself.`}
        />
      )}
      {invitation && (
        <SecretLink
          id={`person-invitation-link-${person.id}`}
          label={`Invitation link for ${person.email}`}
          link={invitation.link}
          note={`Works once, until ${shortDate(invitation.expires_at)}. Send it to them yourself.`}
        />
      )}
      {confirming && (
        <p class="account-confirm" role="alert">
          Deactivate {person.display_name}? They are signed out everywhere at once and can't log in.
        </p>
      )}
      <div class="account-card-actions">
        {person.active && !confirming && (
          <button
            type="button"
            class="btn btn-secondary"
            id="person-deactivate"
            disabled={busy}
            onClick={() => {
              setConfirming(true);
              focusSoon('person-confirm-deactivate');
            }}
          >
            Deactivate
          </button>
        )}
        {person.active && confirming && (
          <>
            <button
              type="button"
              class="btn btn-danger"
              id="person-confirm-deactivate"
              disabled={busy}
              onClick={() => changeActive(false)}
            >
              Yes, deactivate
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                focusSoon('person-deactivate');
              }}
            >
              Cancel
            </button>
          </>
        )}
        {!person.active && (
          <button
            type="button"
            class="btn btn-secondary"
            id="person-reactivate"
            disabled={busy}
            onClick={() => changeActive(true)}
          >
            Reactivate
          </button>
        )}
        {invited && person.active && !confirming && !invitation && (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={showInvitation}>
            Invitation link
          </button>
        )}
        {admin && !invited && person.active && !confirming && (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={makeLink}>
            Reset link
          </button>
        )}
        {admin && !invited && person.active && !confirming && (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={signOut}>
            Sign out everywhere
          </button>
        )}
      </div>
    </div>
  );
}
