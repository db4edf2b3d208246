// Region: the time zone the organisation's days, weeks and months follow
// (leaderboard periods, prize months, quiet hours' defaults).
import { SelectField } from '../../components/SelectField.jsx';
import { SettingsSection } from './SettingsSection.jsx';
import { timeIn, timeZones, zoneLabel } from './timezones.js';

export function RegionSection({ settings, onSaved }) {
  const zones = timeZones(settings.timezone);
  const options = zones.map((zone) => ({ value: zone, label: zoneLabel(zone) }));
  return (
    <SettingsSection
      id="region"
      title="Region"
      description="Leaderboard weeks and months, and prize months, start at midnight in this time zone."
      settings={settings}
      onSaved={onSaved}
    >
      {({ draft, set, error }) => (
        <SelectField
          label="Time zone"
          name="timezone"
          value={draft.timezone}
          options={options}
          hint={timeIn(draft.timezone) ? `It is ${timeIn(draft.timezone)} there now.` : undefined}
          onChange={(value) => set('timezone', value)}
          error={error('timezone')}
        />
      )}
    </SettingsSection>
  );
}
