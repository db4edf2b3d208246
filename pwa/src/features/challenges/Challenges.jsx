// #/challenges, the team's screen: its running challenges (live), then the
// results of those that ended. Leaders choose among the teams they may see.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { session } from '../../state/session.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { useChallenges } from './useChallenges.js';
import { fetchLedTeams } from './challengesApi.js';
import { ChallengeCard } from './ChallengeCard.jsx';
import { Celebration } from './Celebration.jsx';
import './challenges.css';

export default function Challenges() {
  const { me } = useStore(session);
  const teams = useTeamChoices(me);
  const [chosen, setChosen] = useState(null);
  const team = teams.find((t) => t.id === chosen) || teams[0] || null;
  return (
    <section class="screen challenges-screen" aria-labelledby="challenges-title">
      <div class="screen-header">
        <div>
          <h1 id="challenges-title">Team challenges</h1>
          <p class="screen-subtitle">Goals a whole team reaches together, and how past ones went.</p>
        </div>
      </div>
      {teams.length > 1 && (
        <SelectField
          label="Team"
          name="challenge-team"
          value={team.id}
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
          onChange={(value) => setChosen(Number(value))}
        />
      )}
      {team ? (
        <TeamScreen key={team.id} team={team} me={me} />
      ) : (
        <EmptyState icon="target" title="You're not in a team yet">
          Team challenges belong to a team. Once you're in one, its challenges show here and on your feed.
        </EmptyState>
      )}
    </section>
  );
}

// Your own team first; leaders also get the teams they manage (admins: every team).
function useTeamChoices(me) {
  const own = me.team ? [{ id: me.team.id, name: me.team.name }] : [];
  const [led, setLed] = useState([]);
  const leads = me.role === 'manager' || me.role === 'admin';
  useEffect(() => {
    if (!leads) return;
    fetchLedTeams().then((answer) => setLed(answer.teams || []), () => {});
  }, [me.id]);
  const others = led.filter((t) => !own.some((o) => o.id === t.id)).map((t) => ({ id: t.id, name: t.name }));
  return [...own, ...others];
}

function TeamScreen({ team, me }) {
  const state = useChallenges(team.id, me.id);
  if (state.status === 'loading') return <p class="loading-line" aria-busy="true">Loading challenges…</p>;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.retry} />;
  return (
    <>
      {state.celebration && <Celebration card={state.celebration} onDismiss={state.dismiss} />}
      <h2 class="challenges-heading">Running for {team.name}</h2>
      {state.running.length ? (
        <div class="challenge-list" data-testid="running-challenges">
          {state.running.map((card) => (
            <ChallengeCard key={card.id} card={card} meId={me.id} level={3} />
          ))}
        </div>
      ) : (
        <p class="challenges-none">No team challenge is running for {team.name} right now.</p>
      )}
      <h2 class="challenges-heading">Ended</h2>
      {state.ended.length ? (
        <div class="challenge-list" data-testid="ended-challenges">
          {state.ended.map((card) => (
            <ChallengeCard key={card.id} card={card} meId={me.id} level={3} />
          ))}
        </div>
      ) : (
        <p class="challenges-none">No challenge for {team.name} has ended yet. Results stay here once one does.</p>
      )}
    </>
  );
}
