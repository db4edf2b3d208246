// Teams, for admins: search, show archived, sort and page through them; open
// one to rename it, set its managers, archive, restore or merge it; create new
// ones. Loaded on demand with its stylesheet.
import './organisation.css';
import { useState } from 'preact/hooks';
import { fetchActiveTeams, fetchManagerCandidates } from '../../api/organisation.js';
import { useResource } from '../../lib/useResource.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { showToast } from '../../state/toasts.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { TeamTable } from './TeamTable.jsx';
import { TeamPanel } from './TeamPanel.jsx';
import { TeamsToolbar, TeamsPages } from './TeamsToolbar.jsx';
import { NewTeamDialog } from './NewTeamDialog.jsx';
import { MergeDialog } from './MergeDialog.jsx';
import { useTeamsPage } from './useTeamsPage.js';
import { sortTeams } from './teamWords.js';

export default function Teams() {
  const page = useTeamsPage();
  const candidates = useResource(fetchManagerCandidates, 'manager-candidates');
  const active = useResource(fetchActiveTeams, 'active-teams');
  const [open, setOpen] = useState(null);
  const [dialog, setDialog] = useState(null); // {kind: 'new'} or {kind: 'merge', team}
  const managers = candidates.data || [];

  const changed = (team) => {
    const data = page.teams.data;
    page.teams.replace({ ...data, items: data.items.map((t) => (t.id === team.id ? team : t)) });
    setOpen(team);
    active.reload();
  };
  const created = (team) => {
    setDialog(null);
    showToast({ tone: 'success', title: `${team.name} created.` });
    page.teams.reload().then(() => focusSoon(`team-${team.id}`));
    active.reload();
  };
  const merged = (from, into) => {
    setDialog(null);
    setOpen(null);
    showToast({ tone: 'success', title: `${from.name} merged into ${into.name}.` });
    page.teams.reload().then(() => focusSoon(`team-${into.id}`));
    active.reload();
  };

  return (
    <section class={`screen teams-screen${open ? ' has-panel' : ''}`} aria-labelledby="teams-title">
      <div class="screen-header">
        <div>
          <h1 id="teams-title">Teams</h1>
          <p class="screen-subtitle">Who belongs where, and who manages them.</p>
        </div>
        <button type="button" class="btn btn-primary teams-new" onClick={() => setDialog({ kind: 'new' })}>
          New team
        </button>
      </div>
      <TeamsToolbar page={page} />
      <TeamsList page={page} openId={open && open.id} onOpen={setOpen} />
      {open && (
        <TeamPanel
          key={open.id}
          team={open}
          candidates={managers}
          onChanged={changed}
          onMerge={(team) => setDialog({ kind: 'merge', team })}
          onClose={() => {
            focusSoon(`team-${open.id}`);
            setOpen(null);
          }}
        />
      )}
      {dialog && dialog.kind === 'new' && (
        <NewTeamDialog candidates={managers} onCreated={created} onClose={() => setDialog(null)} />
      )}
      {dialog && dialog.kind === 'merge' && (
        <MergeDialog
          team={dialog.team}
          teams={active.data || []}
          onMerged={(into) => merged(dialog.team, into)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

function TeamsList({ page, openId, onOpen }) {
  const { teams } = page;
  if (teams.status === 'error') return <ErrorState error={teams.error} onRetry={teams.reload} />;
  if (!teams.data) {
    return (
      <p class="loading-line" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (!teams.data.items.length) {
    return <p class="teams-empty">{page.view.q ? `No team matches “${page.view.q}”.` : 'No teams yet.'}</p>;
  }
  return (
    <>
      <TeamTable
        teams={sortTeams(teams.data.items, page.sort)}
        sort={page.sort}
        onSort={page.setSort}
        openId={openId}
        onOpen={onOpen}
      />
      <TeamsPages page={page} />
    </>
  );
}
