// New team: its name, department, location and managers.
import { createTeam } from '../../api/organisation.js';
import { FormFailure } from '../../components/FormFailure.jsx';
import { Dialog } from './Dialog.jsx';
import { TeamFields } from './TeamFields.jsx';
import { useTeamForm } from './useTeamForm.js';

export function NewTeamDialog({ candidates, onCreated, onClose }) {
  const team = useTeamForm(undefined, async (payload) => onCreated(await createTeam(payload)));
  return (
    <Dialog id="new-team" title="New team" onClose={onClose}>
      <form class="form" ref={team.form} onSubmit={team.submit} noValidate>
        <TeamFields idPrefix="new-team" draft={team.draft} set={team.set} error={team.error} candidates={candidates} />
        <FormFailure failure={team.failure} />
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={team.busy} aria-busy={team.busy ? 'true' : undefined}>
            Create team
          </button>
        </div>
      </form>
    </Dialog>
  );
}
