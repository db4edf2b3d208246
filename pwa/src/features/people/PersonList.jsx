// People with their role, team and whether they can log in; leaders
// deactivate (after a confirming tap: sessions end at once) or reactivate
// those they manage, and admins make a password reset link to hand over or
// sign a person out on every device (a lost phone; they can log in again).
import { useState } from 'preact/hooks';
import { setActive, makeResetLink, signOutEverywhere } from '../../api/accounts.js';
import { mayManage, ROLE_LABELS } from '../../lib/accountRules.js';
import { shortDate } from '../../lib/accountDates.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { showToast } from '../../state/toasts.js';
import { SecretLink } from './SecretLink.jsx';

export function PersonList({ me, people, onChanged }) {
  return (
    <ul class="account-list">
      {people.map((person) => (
        <Person key={person.id} me={me} person={person} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function Person({ me, person, onChanged }) {
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
      () => setActive(person.id, active),
      (changed) => {
        setConfirming(false);
        onChanged(changed);
        focusSoon(`person-${person.id}`);
      },
    );
  const makeLink = () => act(() => makeResetLink(person.id), setReset);
  const signOut = () =>
    act(
      () => signOutEverywhere(person.id),
      () => showToast({ tone: 'success', title: `${person.display_name} is signed out on every device.` }),
    );
  const manageable = mayManage(me, person);

  return (
    <li
      class={`card account-card${person.active ? '' : ' is-inactive'}`}
      id={`person-${person.id}`}
      tabIndex={-1}
      data-person-email={person.email}
    >
      <p class="account-card-name">{person.display_name}</p>
      <p class="account-card-meta account-card-email">{person.email}</p>
      <p class="account-card-meta">
        {ROLE_LABELS[person.role] || person.role}
        {person.team ? ` · ${person.team.name}` : ''}{' '}
        <span class={`chip ${person.active ? 'chip-success' : 'chip-muted'}`}>
          {person.active ? 'Active' : 'Deactivated'}
        </span>
      </p>
      {reset && (
        <SecretLink
          id={`reset-link-${person.id}`}
          label={`Password reset link for ${person.display_name}`}
          link={reset.link}
          note={`Works once, until ${shortDate(reset.expires_at)}. Give it to them yourself.`}
        />
      )}
      {manageable && confirming && (
        <p class="account-confirm" role="alert">
          Deactivate {person.display_name}? They are signed out everywhere at once and can't log in.
        </p>
      )}
      {manageable && (
        <div class="account-card-actions">
          {person.active && !confirming && (
            <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => setConfirming(true)}>
              Deactivate
            </button>
          )}
          {person.active && confirming && (
            <>
              <button type="button" class="btn btn-danger" disabled={busy} onClick={() => changeActive(false)}>
                Yes, deactivate
              </button>
              <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          )}
          {!person.active && (
            <button type="button" class="btn btn-secondary" disabled={busy} onClick={() => changeActive(true)}>
              Reactivate
            </button>
          )}
          {me.role === 'admin' && person.active && !confirming && (
            <button type="button" class="btn btn-secondary" disabled={busy} onClick={makeLink}>
              Reset link
            </button>
          )}
          {me.role === 'admin' && person.active && !confirming && (
            <button type="button" class="btn btn-secondary" disabled={busy} onClick={signOut}>
              Sign out everywhere
            </button>
          )}
        </div>
      )}
    </li>
  );
}
