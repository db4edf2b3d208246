// Invitations not yet accepted: pending or expired, each with Resend (a new
// link, a fresh expiry) and Revoke. A resent link without mail is shown once.
import { useState } from 'preact/hooks';
import { resendInvitation, revokeInvitation } from '../api/accounts.js';
import { ROLE_LABELS } from '../lib/accountRules.js';
import { shortDate } from '../lib/accountDates.js';
import { showToast } from '../state/toasts.js';
import { EmptyState } from './StatusViews.jsx';
import { SecretLink } from './SecretLink.jsx';

export function InvitationList({ items, links, onChanged, onRevoked }) {
  if (!items.length) return <EmptyState icon="link" title="No invitations waiting" />;
  return (
    <ul class="account-list">
      {items.map((invitation) => (
        <Invitation
          key={invitation.id}
          invitation={invitation}
          link={links[invitation.id]}
          onChanged={onChanged}
          onRevoked={onRevoked}
        />
      ))}
    </ul>
  );
}

function Invitation({ invitation, link, onChanged, onRevoked }) {
  const [busy, setBusy] = useState(false);
  const act = async (action, done) => {
    setBusy(true);
    try {
      done(await action(invitation.id));
    } catch (err) {
      showToast({ tone: 'error', title: err.message });
    } finally {
      setBusy(false);
    }
  };
  const resend = () => act(resendInvitation, onChanged);
  const revoke = () => act(revokeInvitation, () => onRevoked(invitation));
  const expired = invitation.status === 'expired';
  return (
    <li class="card account-card" id={`invitation-${invitation.id}`} data-invitation-email={invitation.email}>
      <p class="account-card-name">{invitation.email}</p>
      <p class="account-card-meta">
        {ROLE_LABELS[invitation.role]}
        {invitation.team ? ` · ${invitation.team.name}` : ''}
      </p>
      <p class="account-card-meta">
        <span class={`chip ${expired ? 'chip-muted' : 'chip-pending'}`}>{expired ? 'Expired' : 'Pending'}</span>{' '}
        {expired ? 'expired' : 'until'} {shortDate(invitation.expires_at)}
      </p>
      {link && (
        <SecretLink
          id={`invitation-link-${invitation.id}`}
          label={`Invitation link for ${invitation.email}`}
          link={link}
          note="No mail server is set up, so send this link yourself."
        />
      )}
      <div class="account-card-actions">
        <button type="button" class="btn btn-secondary" disabled={busy} onClick={resend}>
          Resend
        </button>
        <button type="button" class="btn btn-secondary" disabled={busy} onClick={revoke}>
          Revoke
        </button>
      </div>
    </li>
  );
}
