// Prizes, for everyone: what can be won this month and how, the caller's
// wins with where each is in being handed over, and the winners' wall.
// Managers and admins also get the month-close banner and a way into the
// prize manager (#/prizes/manage, its own chunk). Loaded on demand (see
// App.jsx) with its own stylesheet.
import './prizes.css';
import { usePrizeBoard } from './usePrizeBoard.js';
import { monthLabel } from './prizeMonths.js';
import { ErrorState, EmptyState } from '../../components/StatusViews.jsx';
import { PrizeCard } from './PrizeCard.jsx';
import { WinList } from './WinList.jsx';
import { WinnersWall } from './WinnersWall.jsx';
import { ReadyBanner } from './ReadyBanner.jsx';
import { Icon } from '../../components/Icon.jsx';

export default function Prizes({ me }) {
  const board = usePrizeBoard(me);
  const runsPrizes = me.role === 'manager' || me.role === 'admin';
  const teamNames = me.team ? { [me.team.id]: me.team.name } : {};
  return (
    <section class="screen prizes" aria-labelledby="prizes-title">
      <div class="screen-header">
        <div>
          <h1 id="prizes-title">Prizes</h1>
          <p class="screen-subtitle">What you can win each month, what you've won, and who won what.</p>
        </div>
      </div>
      {runsPrizes && (
        <div class="prize-tools">
          <ReadyBanner />
          <a class="btn btn-secondary btn-block" href="#/prizes/manage">
            <Icon name="sliders" size={18} /> Manage prizes
          </a>
        </div>
      )}
      <h2 class="section-title" id="prizes-month-title">
        This month's prizes
      </h2>
      <Loaded resource={board.catalogue} what="this month's prizes">
        {(items) =>
          items.length ? (
            <ul class="prize-list" aria-labelledby="prizes-month-title">
              {items.map((prize) => (
                <li key={prize.id}>
                  <PrizeCard prize={prize} teamNames={teamNames} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState icon="medal" title={`No prizes for ${monthLabel(board.month)} yet`}>
              When your managers add some, they'll be here with how to win them.
            </EmptyState>
          )
        }
      </Loaded>
      <h2 class="section-title" id="prizes-wins-title">
        Your wins
      </h2>
      <Loaded resource={board.wins} what="your wins">
        {(items) => <WinList wins={items} me={me} onReceived={board.markReceived} />}
      </Loaded>
      <h2 class="section-title" id="prizes-wall-title">
        Winners' wall
      </h2>
      <Loaded resource={board.wall} what="the winners' wall">
        {(wall) => <WinnersWall wall={wall} onMonth={board.setWallMonth} />}
      </Loaded>
    </section>
  );
}

// Loading, failed, or the data handed to the section.
function Loaded({ resource, what, children }) {
  if (resource.status === 'loading') {
    return (
      <p class="loading-line" aria-busy="true">
        Loading {what}…
      </p>
    );
  }
  if (resource.status === 'error') return <ErrorState error={resource.error} onRetry={resource.reload} />;
  return children(resource.data);
}
