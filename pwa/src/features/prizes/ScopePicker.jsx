// The month and scope the prize manager works on. Admins choose the whole
// company or any team; managers run their own team's prizes only.
import { monthOf, monthOptions, zoneOf } from './prizeMonths.js';
import { SelectField } from '../../components/SelectField.jsx';

export function ScopePicker({ me, teams, month, teamId, onChange }) {
  const isAdmin = me.role === 'admin';
  const months = monthOptions(monthOf(new Date(), zoneOf(me)), 6, 3);
  if (!months.some((option) => option.value === month)) months.unshift({ value: month, label: month });
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));
  const scopes = [{ value: 'company', label: 'Whole company' }, ...teamOptions];
  return (
    <div class="scope-picker">
      <SelectField
        label="Month"
        name="manage-month"
        options={months}
        value={month}
        onChange={(value) => onChange(value, teamId)}
      />
      {isAdmin ? (
        <SelectField
          label="Prizes for"
          name="manage-scope"
          options={scopes}
          value={teamId === null ? 'company' : teamId}
          onChange={(value) => onChange(month, value === 'company' ? null : Number(value))}
        />
      ) : (
        <p class="team-scope">
          Prizes for <strong>{me.team ? me.team.name : 'your team'}</strong>
        </p>
      )}
    </div>
  );
}
