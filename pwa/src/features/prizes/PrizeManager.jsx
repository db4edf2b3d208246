// The prize manager (#/prizes/manage), for managers and admins: pick a
// month and scope, close it when it has ended (preview, exclusions,
// Confirm and award with its summary, fulfilment) and edit its prizes. It
// opens on the month the ready-to-close banner names (else this month).
// Its own chunk, so advocates never download it (see App.jsx).
import './prizes.css';
import { useManageScope } from './useManageScope.js';
import { useReadyToClose } from './useReadyToClose.js';
import { useMonthClose } from './useMonthClose.js';
import { useCatalogue } from './useCatalogue.js';
import { useTeams } from '../../lib/useTeams.js';
import { isAwarded } from './prizeClose.js';
import { monthLabel, monthOf } from './prizeMonths.js';
import { ReadyList } from './ReadyBanner.jsx';
import { ScopePicker } from './ScopePicker.jsx';
import { ClosePanel } from './ClosePanel.jsx';
import { PrizeCatalogue } from './PrizeCatalogue.jsx';

export default function PrizeManager({ me }) {
  const ready = useReadyToClose();
  const scope = useManageScope(me, ready);
  const teams = useTeams();
  return (
    <section class="screen prizes prize-manager" aria-labelledby="manage-title">
      <div class="screen-header">
        <div>
          <a class="back-link" href="#/prizes">
            ← Prizes
          </a>
          <h1 id="manage-title">Manage prizes</h1>
          <p class="screen-subtitle">Set each month's prizes, then close the month and award them.</p>
        </div>
      </div>
      {scope.month ? (
        <MonthAndScope me={me} scope={scope} ready={ready} teams={teams} />
      ) : (
        <p class="loading-line">Finding the month to close…</p>
      )}
    </section>
  );
}

function MonthAndScope({ me, scope, ready, teams }) {
  const monthClose = useMonthClose(scope.month, scope.teamId);
  const catalogue = useCatalogue(scope.month, scope.teamId);
  const monthName = monthLabel(scope.month);
  const teamNames = Object.fromEntries(teams.items.map((team) => [team.id, team.name]));
  if (me.team) teamNames[me.team.id] = me.team.name;
  const scopeName = scope.teamId === null ? 'the whole company' : teamNames[scope.teamId] || 'this team';
  // The banner's close may be the one already on screen: fetch it either way.
  const closed = (item) => (scope.go(item.month, item.team_id), monthClose.reload());
  return (
    <>
      <ReadyList ready={ready} onClosed={closed} sayNone />
      <ScopePicker me={me} teams={teams.items} month={scope.month} teamId={scope.teamId} onChange={scope.go} />
      <h2 class="section-title">Closing {monthName}</h2>
      <ClosePanel
        monthClose={monthClose}
        monthName={monthName}
        scopeName={scopeName}
        ended={scope.month < monthOf()}
      />
      <h2 class="section-title">Prizes for {monthName}</h2>
      <PrizeCatalogue
        catalogue={catalogue}
        teamNames={teamNames}
        locked={isAwarded(monthClose.close)}
        monthName={monthName}
        onChanged={() => monthClose.close && monthClose.reload()}
      />
    </>
  );
}
