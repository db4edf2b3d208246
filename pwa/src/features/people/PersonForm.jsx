// Change a person's role (admins only), team, department, location and
// manager. Only what was changed is sent; the server says in words what it
// refuses (a team the caller doesn't manage, a manager who would report to
// themselves) and the field at fault shows it.
import { useEffect, useState } from 'preact/hooks';
import { ROLE_LABELS } from '../../lib/accountRules.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { showToast } from '../../state/toasts.js';
import { FormField } from '../../components/FormField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { changePerson } from './peopleApi.js';
import { changesOf, draftFrom } from './personChanges.js';

export function PersonForm({ me, person, teams, leaders, onChanged }) {
  const [draft, setDraft] = useState(() => draftFrom(person));
  useEffect(() => setDraft(draftFrom(person)), [person]);
  const set = (name) => (value) => setDraft((d) => ({ ...d, [name]: value }));
  const changes = changesOf(person, draft);
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    send: async () => {
      onChanged(await changePerson(person.id, changes));
      showToast({ tone: 'success', title: `${person.display_name}: changes saved.` });
    },
  });
  const text = (name, label) => (
    <FormField
      label={label}
      name={`person-${name}`}
      optional
      autocomplete="off"
      value={draft[name]}
      onInput={(event) => set(name)(event.currentTarget.value)}
      error={fieldError(name)}
    />
  );
  return (
    <form class="form person-form" ref={form} onSubmit={submit} noValidate aria-label={`Change ${person.display_name}`}>
      {me.role === 'admin' && (
        <SelectField
          label="Role"
          name="person-role"
          value={draft.role}
          options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={set('role')}
          error={fieldError('role')}
        />
      )}
      <SelectField
        label="Team"
        name="person-team"
        value={draft.team_id}
        options={[{ value: '', label: 'No team' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
        onChange={set('team_id')}
        error={fieldError('team_id')}
        hint={me.role === 'admin' ? undefined : 'You can move people between the teams you manage.'}
      />
      {text('department', 'Department')}
      {text('location', 'Location')}
      <SelectField
        label="Manager"
        name="person-manager"
        value={draft.manager_id}
        options={managerOptions(person, leaders)}
        onChange={set('manager_id')}
        error={fieldError('manager_id')}
      />
      <FormFailure failure={failure} />
      <button type="submit" class="btn btn-primary" disabled={busy || !Object.keys(changes).length}>
        Save changes
      </button>
    </form>
  );
}

/** Managers and admins, without the person; their current manager even if no longer a leader. */
function managerOptions(person, leaders) {
  const choices = leaders.filter((leader) => leader.id !== person.id);
  if (person.manager && !choices.some((c) => c.id === person.manager.id)) choices.unshift(person.manager);
  return [{ value: '', label: 'No manager' }, ...choices.map((c) => ({ value: c.id, label: c.display_name }))];
}
