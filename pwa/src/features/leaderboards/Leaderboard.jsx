// Leaderboards: a period (week, month, quarter, all time, or a campaign or
// challenge window) seen through a scope (company, my team, department,
// location, or team versus team), kept live. Your own row is highlighted and
// pinned; when your rank moves, the live region says so.
import { useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { session } from '../../state/session.js';
import { useBoardIndex } from '../../lib/useBoardIndex.js';
import { periodKey, scopeDescription } from '../../lib/boardNames.js';
import { TabRow } from './TabRow.jsx';
import { PeopleBoard } from './PeopleBoard.jsx';
import { TeamBoard } from './TeamBoard.jsx';
import { RankingSwitch } from './RankingSwitch.jsx';

const TEAMS_TAB = { scope: 'teams', label: 'Teams', value: 'teams', name: null };

// Remembered across visits to the tab (not across reloads).
const last = { period: 'week', scope: 'company' };

export function Leaderboard() {
  const { me } = useStore(session);
  const index = useBoardIndex(me);
  const [wanted, setWanted] = useState(last);
  const choose = (patch) => {
    Object.assign(last, patch);
    setWanted({ ...last });
  };

  const periodTabs = index.periods.map((tab) => ({ ...tab, value: periodKey(tab), title: windowTitle(tab) }));
  const scopeTabs = [...index.scopes.map((tab) => ({ ...tab, value: tab.scope, title: tab.name })), TEAMS_TAB];
  const periodTab = periodTabs.find((tab) => tab.value === wanted.period) || periodTabs[0];
  const scopeTab = scopeTabs.find((tab) => tab.value === wanted.scope) || scopeTabs[0];
  const labelledBy = `period-tab-${periodTabs.indexOf(periodTab)} scope-tab-${scopeTabs.indexOf(scopeTab)}`;
  return (
    <section class="screen" aria-labelledby="leaderboard-title">
      <div class="screen-header">
        <div>
          <h1 id="leaderboard-title">Leaderboard</h1>
          <p class="screen-subtitle">{scopeDescription(scopeTab)}</p>
        </div>
      </div>
      <div class="board-controls">
        <TabRow
          label="Period"
          idPrefix="period"
          tabs={periodTabs}
          value={periodTab.value}
          onChange={(period) => choose({ period })}
          controls="board-panel"
        />
        <TabRow
          label="Who"
          idPrefix="scope"
          tabs={scopeTabs}
          value={scopeTab.value}
          onChange={(scope) => choose({ scope })}
          controls="board-panel"
        />
      </div>
      <div role="tabpanel" id="board-panel" aria-labelledby={labelledBy}>
        {scopeTab.scope === 'teams' ? (
          <TeamBoard periodTab={periodTab} me={me} />
        ) : (
          <PeopleBoard periodTab={periodTab} scopeTab={scopeTab} me={me} />
        )}
      </div>
      <RankingSwitch me={me} />
    </section>
  );
}

// Campaign and challenge tabs show only their name; the dates go in a tooltip.
function windowTitle(tab) {
  if (!tab.starts || !tab.ends) return undefined;
  const day = (iso) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `${tab.period === 'challenge' ? 'Team challenge' : 'Campaign'}, ${day(tab.starts)} – ${day(tab.ends)}`;
}
