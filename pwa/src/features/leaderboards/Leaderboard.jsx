// Leaderboards: a period (week, month, quarter, all time, or a campaign or
// challenge window) seen through a scope (company, my team, department,
// location, or team versus team), kept live. Your own row is highlighted and
// pinned; when your rank moves, the live region says so. Campaigns and
// challenges are tabs only while they run, with their dates; ended ones are
// in the "Ended" list, which opens their final boards.
import { useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { session } from '../../state/session.js';
import { useBoardIndex } from '../../lib/useBoardIndex.js';
import { periodKey, scopeDescription } from '../../lib/boardNames.js';
import { TabRow } from './TabRow.jsx';
import { PeopleBoard } from './PeopleBoard.jsx';
import { TeamBoard } from './TeamBoard.jsx';
import { RankingSwitch } from './RankingSwitch.jsx';
import { EndedBoards, finalBoardWords, useEndedBoards } from './EndedBoards.jsx';
import { dateRangeWords } from '../../lib/challengeWords.js';
import './leaderboards.css';

const TEAMS_TAB = { scope: 'teams', label: 'Teams', value: 'teams', name: null };

// Remembered across visits to the tab (not across reloads).
const last = { period: 'week', scope: 'company' };

export function Leaderboard() {
  const { me } = useStore(session);
  const index = useBoardIndex(me);
  const ended = useEndedBoards();
  const [wanted, setWanted] = useState(last);
  const [final, setFinal] = useState(null); // an ended campaign or challenge, shown instead
  const choose = (patch) => {
    Object.assign(last, patch);
    setWanted({ ...last });
    setFinal(null);
  };

  const periodTabs = index.periods.map((tab) => ({
    ...tab,
    value: periodKey(tab),
    detail: tab.starts && tab.ends ? dateRangeWords(tab.starts, tab.ends) : undefined,
    title: windowTitle(tab),
  }));
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
          value={final ? null : periodTab.value}
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
      <EndedBoards items={ended} chosen={final} onChoose={setFinal} />
      <div role="tabpanel" id="board-panel" aria-labelledby={final ? 'final-board-title' : labelledBy}>
        {final && <FinalBoardHead item={final} onBack={() => setFinal(null)} />}
        <Board periodTab={final ? finalTab(final) : periodTab} scopeTab={scopeTab} me={me} final={Boolean(final)} />
      </div>
      <RankingSwitch me={me} />
    </section>
  );
}

function Board({ periodTab, scopeTab, me, final }) {
  if (scopeTab.scope === 'teams') return <TeamBoard key={periodKey(periodTab)} periodTab={periodTab} me={me} final={final} />;
  return <PeopleBoard periodTab={periodTab} scopeTab={scopeTab} me={me} final={final} />;
}

function FinalBoardHead({ item, onBack }) {
  return (
    <div class="final-board-head" data-testid="final-board">
      <div>
        <h2 id="final-board-title">{item.name}</h2>
        <p>{finalBoardWords(item)}</p>
      </div>
      <button type="button" class="btn btn-secondary" onClick={onBack}>
        Back to current boards
      </button>
    </div>
  );
}

// An ended campaign's or challenge's board is served by its id, like a running one's.
const finalTab = (item) => ({ period: item.kind, window: String(item.id), label: item.name });

// The tab shows the name and dates; the tooltip says which kind of window it is.
function windowTitle(tab) {
  if (!tab.starts || !tab.ends) return undefined;
  const day = (iso) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `${tab.period === 'challenge' ? 'Team challenge' : 'Campaign'}, ${day(tab.starts)} – ${day(tab.ends)}`;
}
