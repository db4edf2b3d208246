// Invite a person by email. Admins pick the role and team; managers invite
// advocates to their own team. Without mail on the server the answer holds the
// link, shown here to copy and pass on.
import { useState } from 'preact/hooks';
import { invite } from './peopleApi.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { useTeams } from '../../lib/useTeams.js';
import { ROLE_LABELS, invitableRoles } from '../../lib/accountRules.js';
import { FormField } from '../../components/FormField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

export function InviteForm({ me, onInvited }) {
  const admin = me.role === 'admin';
  const [draft, setDraft] = useState({ email: '', role: 'advocate', team_id: '' });
  const set = (name) => (value) => setDraft((d) => ({ ...d, [name]: value }));
  const { form, failure, busy, submit, fieldError: error } = useFormSubmit({
    check: () => ({ email: !draft.email.trim() && 'Enter their work email.' }),
    send: async () => {
      const made = await invite(payload(draft, admin));
      setDraft((d) => ({ ...d, email: '' }));
      onInvited(made);
    },
  });
  return (
    <form class="form card invite-form" ref={form} onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <FormField
        label="Work email"
        name="email"
        type="email"
        inputMode="email"
        autocomplete="off"
        value={draft.email}
        onInput={(event) => set('email')(event.currentTarget.value)}
        error={error('email')}
      />
      {admin ? (
        <AdminChoices me={me} draft={draft} set={set} error={error} />
      ) : (
        <p class="field-hint">They join {me.team ? me.team.name : 'your team'} as an advocate.</p>
      )}
      <FormFailure failure={failure} />
      <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
        Send invitation
      </button>
    </form>
  );
}

function AdminChoices({ me, draft, set, error }) {
  const teams = useTeams();
  const teamOptions = [
    { value: '', label: draft.role === 'admin' ? 'No team' : 'Choose a team' },
    ...teams.items.map((team) => ({ value: team.id, label: team.name })),
  ];
  return (
    <>
      <SelectField
        label="Role"
        name="role"
        value={draft.role}
        options={invitableRoles(me).map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        onChange={set('role')}
        error={error('role')}
      />
      <SelectField
        label="Team"
        name="team_id"
        value={draft.team_id}
        options={teamOptions}
        onChange={set('team_id')}
        error={error('team_id') || (teams.error && "Teams couldn't be loaded.")}
      />
    </>
  );
}

function payload(draft, admin) {
  const body = { email: draft.email.trim(), role: admin ? draft.role : 'advocate' };
  if (admin) body.team_id = draft.team_id === '' ? null : Number(draft.team_id);
  return body;
}
