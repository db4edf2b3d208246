// Team checkboxes for targeting content; none ticked means everyone.
import { useEffect, useState } from 'preact/hooks';
import { fetchTeams } from '../../api/teams.js';

export function TeamPicker({ error }) {
  const [teams, setTeams] = useState(null);
  const [loadError, setLoadError] = useState(null);
  useEffect(() => {
    fetchTeams().then(setTeams, setLoadError);
  }, []);

  return (
    <fieldset class="fieldset" aria-describedby="teams-hint">
      <legend>Who should see it?</legend>
      <p class="field-hint" id="teams-hint">
        Leave every team unticked to show it to everyone.
      </p>
      {loadError && (
        <p class="field-error">Teams couldn't be loaded ({loadError.message}); it will go to everyone.</p>
      )}
      {!teams && !loadError && <p class="loading-line">Loading teams…</p>}
      {teams && (
        <div class="check-grid">
          {teams.map((team) => (
            <label key={team.id} class="check">
              <input type="checkbox" name="target_team_ids" value={team.id} />
              {team.name}
            </label>
          ))}
        </div>
      )}
      {error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}
