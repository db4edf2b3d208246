// Invitations: the invite form, and those not yet accepted with their link to
// copy again (the server keeps it sealed until used), Resend and Revoke.
import { useState } from 'preact/hooks';
import { useResource } from '../../lib/useResource.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { showToast } from '../../state/toasts.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { fetchInvitations } from './peopleApi.js';
import { InviteForm } from './InviteForm.jsx';
import { InvitationList } from './InvitationList.jsx';

export function Invitations({ me }) {
  const invitations = useResource(fetchInvitations, 'invitations');
  // Links known on this visit: handed back by an invite or resend without mail, or fetched by Copy link.
  const [links, setLinks] = useState({});
  const remember = (id, link) => setLinks((known) => ({ ...known, [id]: link }));

  const sent = (made) => {
    const others = (invitations.data || []).filter((i) => i.id !== made.id);
    invitations.replace([made, ...others]);
    remember(made.id, made.link);
    if (made.emailed) showToast({ tone: 'success', title: `Invitation on its way to ${made.email}.` });
    focusSoon(`invitation-${made.id}`);
  };
  const revoked = (gone) => invitations.replace(invitations.data.filter((i) => i.id !== gone.id));
  return (
    <div class="people-invitations">
      <InviteForm me={me} onInvited={sent} />
      <h2 class="section-title">Waiting to join</h2>
      {invitations.status === 'error' && <ErrorState error={invitations.error} onRetry={invitations.reload} />}
      {!invitations.data && invitations.status !== 'error' && <p aria-busy="true">Loading…</p>}
      {invitations.data && (
        <InvitationList
          items={invitations.data}
          links={links}
          onLink={remember}
          onChanged={sent}
          onRevoked={revoked}
        />
      )}
    </div>
  );
}
