// Whose figures: admins choose All teams or one team; managers only ever
// see their own team's, so for them this is just its name.
import { useEffect, useState } from 'preact/hooks';
import { fetchTeamList } from '../../api/analytics.js';
import { SelectField } from '../../components/SelectField.jsx';

export function TeamFilter({ isAdmin, teamName, value, onChange }) {
  if (!isAdmin) {
    return (
      <p class="team-scope" data-testid="insights-team-name">
        Team: <strong>{teamName || 'Your team'}</strong>
      </p>
    );
  }
  return <TeamSelect value={value} onChange={onChange} />;
}

function TeamSelect({ value, onChange }) {
  const [teams, setTeams] = useState([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetchTeamList().then(setTeams, () => setFailed(true));
  }, []);
  const options = [{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))];
  return (
    <SelectField
      label="Team"
      name="insights-team"
      options={options}
      value={value}
      hint={failed ? "Teams couldn't be loaded, so only All teams can be shown." : undefined}
      onChange={onChange}
    />
  );
}
