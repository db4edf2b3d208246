// Invitations not yet accepted: pending or expired, each with Copy link (the
// same link, fetched again: it works after a reload), Resend (a new link, a
// fresh expiry) and Revoke.
// With a mail server, each says how its mail went: one the server never took
// says why and offers Send again, so a lost link is noticed and replaced.
import { useState } from 'preact/hooks';
import { invitationLink, resendInvitation, revokeInvitation } from './peopleApi.js';
import { copyText } from '../../lib/clipboard.js';
import { ROLE_LABELS } from '../../lib/accountRules.js';
import { shortDate } from '../../lib/accountDates.js';
import { showToast } from '../../state/toasts.js';
import { EmptyState } from '../../components/StatusViews.jsx';
import { SecretLink } from './SecretLink.jsx';

export function InvitationList({ items, links, onLink, onChanged, onRevoked }) {
  if (!items.length) return <EmptyState icon="link" title="No invitations waiting" />;
  return (
    <ul class="account-list">
      {items.map((invitation) => (
        <Invitation
          key={invitation.id}
          invitation={invitation}
          link={links[invitation.id]}
          onLink={onLink}
          onChanged={onChanged}
          onRevoked={onRevoked}
        />
      ))}
    </ul>
  );
}

function Invitation({ invitation, link, onLink, onChanged, onRevoked }) {
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
  const copy = () =>
    act(invitationLink, async (found) => {
      onLink(invitation.id, found.link);
      const copied = await copyText(found.link);
      if (copied) showToast({ tone: 'success', title: `Invitation link for ${invitation.email} copied.` });
    });
  const expired = invitation.status === 'expired';
  const undelivered = invitation.mail?.status === 'failed';
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
      <MailState mail={invitation.mail} />
      {!link && !expired && !invitation.link_available && (
        <p class="account-card-meta">Its link can't be shown again: Resend makes a new one.</p>
      )}
      {link && (
        <SecretLink
          id={`invitation-link-${invitation.id}`}
          label={`Invitation link for ${invitation.email}`}
          link={link}
          note={`Works once, until ${shortDate(invitation.expires_at)}. Send it to them yourself.`}
        />
      )}
      <div class="account-card-actions">
        {!link && invitation.link_available && (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={copy}>
            Copy link
          </button>
        )}
        <button
          type="button"
          class={`btn ${undelivered ? 'btn-primary' : 'btn-secondary'}`}
          disabled={busy}
          onClick={resend}
        >
          {undelivered ? 'Send again' : 'Resend'}
        </button>
        <button type="button" class="btn btn-secondary" disabled={busy} onClick={revoke}>
          Revoke
        </button>
      </div>
    </li>
  );
}

function MailState({ mail }) {
  if (!mail) return null; // no mail server: the link is shown instead
  if (mail.status === 'failed') {
    return <p class="inline-error">Email not delivered: {mail.error}</p>;
  }
  if (mail.status === 'sent') return <p class="account-card-meta">Email delivered to the mail server.</p>;
  if (mail.status === 'queued') return <p class="account-card-meta">Email on its way.</p>;
  const tries = mail.attempts === 1 ? '1 try' : `${mail.attempts} tries`;
  return (
    <p class="account-card-meta">
      Email not sent yet after {tries}: {mail.error} Trying again.
    </p>
  );
}
