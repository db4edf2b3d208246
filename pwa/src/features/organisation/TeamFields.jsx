// A team's fields, in the New team dialog and the team's panel alike.
import { FormField } from '../../components/FormField.jsx';
import { ManagerPicker } from './ManagerPicker.jsx';

export function TeamFields({ idPrefix, draft, set, error, candidates }) {
  const field = (name, label, extra = {}) => (
    <FormField
      label={label}
      name={`${idPrefix}-${name}`}
      autocomplete="off"
      value={draft[name]}
      onInput={(event) => set(name, event.currentTarget.value)}
      error={error(name)}
      {...extra}
    />
  );
  return (
    <>
      {field('name', 'Team name')}
      <div class="teams-pair">
        {field('department', 'Department', { optional: true })}
        {field('location', 'Location', { optional: true })}
      </div>
      <ManagerPicker
        idPrefix={idPrefix}
        candidates={candidates}
        chosen={draft.manager_ids}
        onChange={(ids) => set('manager_ids', ids)}
        error={error('manager_ids')}
      />
    </>
  );
}
