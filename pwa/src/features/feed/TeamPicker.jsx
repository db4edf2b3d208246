// Who will see an item, told truthfully: a manager chooses among the teams
// they manage (GET /content/targets); an admin chooses everyone or any teams.
// Under the choice, a sentence from the server says how many people that is.
import { useEffect, useState } from 'preact/hooks';
import { fetchAudience, fetchTargets } from '../../api/content.js';
import { audienceSentence } from '../../lib/audienceWords.js';

export function TeamPicker({ everyone, teamIds, onChange, error }) {
  const [targets, setTargets] = useState(null);
  const [loadError, setLoadError] = useState(null);
  useEffect(() => {
    fetchTargets().then((answer) => {
      setTargets(answer);
      // A manager can't target everyone; one team managed is the obvious choice.
      if (!answer.everyone_allowed && everyone) onChange({ everyone: false, teamIds: onlyTeam(answer, teamIds) });
    }, setLoadError);
  }, []);

  const toggle = (id, on) => {
    const chosen = everyone ? [] : teamIds;
    onChange({ everyone: false, teamIds: on ? [...chosen, id] : chosen.filter((t) => t !== id) });
  };
  const describedBy = ['audience-note', error && 'teams-error'].filter(Boolean).join(' ');
  return (
    <fieldset class={`fieldset${error ? ' has-error' : ''}`} aria-describedby={describedBy}>
      <legend>Who should see it?</legend>
      {loadError && <p class="field-error">Teams couldn't be loaded: {loadError.message}</p>}
      {!targets && !loadError && <p class="loading-line">Loading teams…</p>}
      {targets && (
        <Choices targets={targets} everyone={everyone} teamIds={teamIds} onChange={onChange} onToggle={toggle} />
      )}
      {targets && <AudienceNote everyone={everyone} teamIds={teamIds} />}
      {error && (
        <p class="field-error" id="teams-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const onlyTeam = (targets, teamIds) => (teamIds.length || targets.teams.length !== 1 ? teamIds : [targets.teams[0].id]);

// Admins: "Everyone" or the teams ticked (ticking one chooses teams); managers: their teams.
function Choices({ targets, everyone, teamIds, onChange, onToggle }) {
  return (
    <>
      {targets.everyone_allowed && (
        <div class="choice-row" role="radiogroup" aria-label="Audience">
          <label class="check">
            <input type="radio" name="audience" checked={everyone} onChange={() => onChange({ everyone: true, teamIds: [] })} />
            Everyone
          </label>
          <label class="check">
            <input type="radio" name="audience" checked={!everyone} onChange={() => onChange({ everyone: false, teamIds })} />
            Chosen teams
          </label>
        </div>
      )}
      {!targets.everyone_allowed && <p class="field-hint">You can send content to the teams you manage.</p>}
      {targets.teams.length === 0 && <p class="field-hint">There are no teams to choose from.</p>}
      {targets.teams.length > 0 && (
        <div class="check-grid">
          {targets.teams.map((team) => (
            <label key={team.id} class="check">
              <input
                type="checkbox"
                name="target_team_ids"
                value={team.id}
                checked={!everyone && teamIds.includes(team.id)}
                onChange={(event) => onToggle(team.id, event.currentTarget.checked)}
              />
              <span>
                {team.name} <span class="check-count">({team.people})</span>
              </span>
            </label>
          ))}
        </div>
      )}
    </>
  );
}

// Asked again as the ticks change; only the newest answer is shown.
function AudienceNote({ everyone, teamIds }) {
  const [sentence, setSentence] = useState('');
  const key = everyone ? 'everyone' : [...teamIds].sort((a, b) => a - b).join(',');
  useEffect(() => {
    let current = true;
    if (!everyone && !teamIds.length) {
      setSentence(audienceSentence({ everyone: false, people: 0, teams: [] }));
      return undefined;
    }
    fetchAudience(everyone ? [] : teamIds).then(
      (audience) => current && setSentence(audienceSentence(audience)),
      (err) => current && setSentence(`Couldn't count who will see it: ${err.message}`),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return (
    <p class="audience-note" id="audience-note" aria-live="polite" data-testid="audience-note">
      {sentence}
    </p>
  );
}
