// People (managers: their team; admins: everyone): invite by link, follow
// and resend or revoke invitations, deactivate or reactivate accounts, and
// (admins) make password reset links. Loaded on demand with its stylesheet.
import './people.css';
import { useState } from 'preact/hooks';
import { fetchPeople, fetchInvitations } from '../../api/accounts.js';
import { useResource } from '../../lib/useResource.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { showToast } from '../../state/toasts.js';
import { InviteForm } from './InviteForm.jsx';
import { InvitationList } from './InvitationList.jsx';
import { PersonList } from './PersonList.jsx';
import { ErrorState } from '../../components/StatusViews.jsx';

export default function People({ me }) {
  const people = useResource(fetchPeople, 'people');
  const invitations = useResource(fetchInvitations, 'invitations');
  // Links the server handed back just now (no mail): shown once, never refetched.
  const [links, setLinks] = useState({});

  const sent = (made) => {
    const others = (invitations.data || []).filter((i) => i.id !== made.id);
    invitations.replace([made, ...others]);
    setLinks((known) => ({ ...known, [made.id]: made.link }));
    if (made.emailed) showToast({ tone: 'success', title: `Invitation on its way to ${made.email}.` });
    focusSoon(`invitation-${made.id}`);
  };
  const revoked = (gone) => invitations.replace(invitations.data.filter((i) => i.id !== gone.id));
  const changed = (person) => people.replace(people.data.map((p) => (p.id === person.id ? person : p)));

  return (
    <section class="screen people" aria-labelledby="people-title">
      <div class="screen-header">
        <div>
          <h1 id="people-title">People</h1>
          <p class="screen-subtitle">
            {me.role === 'admin' ? 'Everyone in Amplify.' : `Your team${me.team ? `, ${me.team.name}` : ''}.`} Invite
            people, and deactivate accounts that should no longer get in.
          </p>
        </div>
      </div>
      <InviteForm me={me} onInvited={sent} />
      <h2 class="section-title">Invitations</h2>
      <Loaded resource={invitations}>
        {(items) => <InvitationList items={items} links={links} onChanged={sent} onRevoked={revoked} />}
      </Loaded>
      <h2 class="section-title">Accounts</h2>
      <Loaded resource={people}>{(items) => <PersonList me={me} people={items} onChanged={changed} />}</Loaded>
    </section>
  );
}

function Loaded({ resource, children }) {
  if (resource.status === 'error') return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <p aria-busy="true">Loading…</p>;
  return children(resource.data);
}
