// One team's panel: rename it, change its department, location and managers,
// archive or restore it, or merge it into another team. Escape closes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { archiveTeam, restoreTeam, updateTeam } from '../../api/organisation.js';
import { showToast } from '../../state/toasts.js';
import { FormFailure } from '../../components/FormFailure.jsx';
import { Icon } from '../../components/Icon.jsx';
import { TeamFields } from './TeamFields.jsx';
import { useTeamForm } from './useTeamForm.js';
import { teamState } from './teamWords.js';

export function TeamPanel({ team, candidates, onChanged, onMerge, onClose }) {
  const heading = useRef(null);
  const panel = useRef(null);
  useEffect(() => {
    heading.current.focus({ preventScroll: true });
    // On a phone the panel follows the table: bring all of it into view (a desk's drawer is always in view).
    if (getComputedStyle(panel.current).position !== 'fixed') panel.current.scrollIntoView({ block: 'start' });
  }, [team.id]);
  const form = useTeamForm(team, async (payload) => {
    const saved = await updateTeam(team.id, payload);
    onChanged(saved);
    showToast({ tone: 'success', title: `${saved.name} saved.` });
  });
  const archived = Boolean(team.archived_at);
  return (
    <aside
      class="card teams-panel"
      aria-labelledby="team-panel-title"
      data-testid="team-panel"
      ref={panel}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div class="teams-panel-head">
        <div>
          <h2 id="team-panel-title" tabIndex={-1} ref={heading}>
            {team.name}
          </h2>
          <p class="field-hint">
            {teamState(team)} · {team.people === 1 ? '1 person' : `${team.people} people`}
          </p>
        </div>
        <button type="button" class="icon-btn" aria-label={`Close ${team.name}`} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <form class="form" ref={form.form} onSubmit={form.submit} noValidate>
        <TeamFields idPrefix="team" draft={form.draft} set={form.set} error={form.error} candidates={candidates} />
        <FormFailure failure={form.failure} />
        <button type="submit" class="btn btn-primary" disabled={form.busy} aria-busy={form.busy ? 'true' : undefined}>
          Save changes
        </button>
      </form>
      <TeamLifecycle team={team} archived={archived} onChanged={onChanged} onMerge={onMerge} />
    </aside>
  );
}

function TeamLifecycle({ team, archived, onChanged, onMerge }) {
  const [state, setState] = useState({ busy: false, error: null });
  const run = async (action, done) => {
    setState({ busy: true, error: null });
    try {
      const saved = await action(team.id);
      setState({ busy: false, error: null });
      onChanged(saved);
      showToast({ tone: 'success', title: done(saved) });
    } catch (err) {
      setState({ busy: false, error: err.message });
    }
  };
  return (
    <div class="teams-lifecycle">
      <h3>Archive or merge</h3>
      <p class="field-hint">
        {archived
          ? 'Archived teams are hidden from pickers and leaderboards. Restore brings it back.'
          : 'Archiving hides the team from pickers and leaderboards; its people keep their points and badges.'}
      </p>
      {state.error && (
        <p class="inline-error" role="alert">
          {state.error}
        </p>
      )}
      <div class="teams-lifecycle-actions">
        {archived ? (
          <button
            type="button"
            class="btn btn-secondary"
            disabled={state.busy}
            onClick={() => run(restoreTeam, (t) => `${t.name} restored.`)}
          >
            Restore team
          </button>
        ) : (
          <>
            <button type="button" class="btn btn-secondary" onClick={() => onMerge(team)}>
              Merge into…
            </button>
            <button
              type="button"
              class="btn btn-danger"
              disabled={state.busy}
              onClick={() => run(archiveTeam, (t) => `${t.name} archived.`)}
            >
              Archive team
            </button>
          </>
        )}
      </div>
    </div>
  );
}
