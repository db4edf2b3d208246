// Merge a team into another: choose where its people and content go, read
// what will happen, then confirm. The server archives the merged team.
import { useState } from 'preact/hooks';
import { mergeTeam } from '../../api/organisation.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { SelectField } from '../../components/SelectField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { Dialog } from './Dialog.jsx';
import { mergeSentence } from './teamWords.js';

export function MergeDialog({ team, teams, onMerged, onClose }) {
  const others = teams.filter((other) => other.id !== team.id);
  const [intoId, setIntoId] = useState('');
  const into = others.find((other) => String(other.id) === intoId);
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => ({ into_team_id: !into && 'Choose the team to merge into.' }),
    send: async () => onMerged(await mergeTeam(team.id, into.id)),
  });
  const options = [
    { value: '', label: 'Choose a team' },
    ...others.map((other) => ({ value: other.id, label: other.name })),
  ];
  return (
    <Dialog id="merge-team" title={`Merge ${team.name} into…`} onClose={onClose}>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <SelectField
          label="Team to merge into"
          name="into_team_id"
          value={intoId}
          options={options}
          onChange={setIntoId}
          error={fieldError('into_team_id')}
        />
        {into && (
          <p class="teams-merge-note" data-testid="merge-summary">
            {mergeSentence(team, into)}
          </p>
        )}
        <FormFailure failure={failure} />
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-danger" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            {into ? `Merge into ${into.name}` : 'Merge'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
