// Quiet hours: a switch, then start and end times (24-hour, local to the
// chosen time zone). Notifications that arrive in the window wait until it
// ends. The time zone is always sent, so it stays visible either way.
import { useMemo } from 'preact/hooks';
import { FormField } from '../../components/FormField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { describeQuietHours } from '../../lib/pushSupport.js';
import { timeZoneOptions } from '../../lib/pushPreferences.js';
import { deviceZone } from '../../lib/usePushPreferences.js';

export function QuietHoursFields({ form, edit, errors }) {
  const here = deviceZone();
  // ~400 zones: build the list once per zone change, not on every keystroke.
  const options = useMemo(
    () =>
      timeZoneOptions(supportedZones(), form.timezone, here).map((zone) => ({
        value: zone,
        label: zone.replace(/_/g, ' '),
      })),
    [form.timezone, here],
  );
  return (
    <div class="card push-card" role="group" aria-labelledby="push-quiet-title">
      <div class="push-switch">
        <label class="switch-row">
          <span class="switch-label">Use quiet hours</span>
          <input
            type="checkbox"
            role="switch"
            class="switch"
            name="quiet_on"
            checked={form.quietOn}
            aria-describedby="push-quiet-note"
            onChange={(event) => edit({ quietOn: event.currentTarget.checked })}
          />
        </label>
        <p class="switch-note" id="push-quiet-note">
          {form.quietOn
            ? `Notifications wait during ${describeQuietHours(form)} (${form.timezone} time) and arrive when quiet hours end.`
            : 'Notifications arrive at any time of day.'}
        </p>
        {errors.quietHours && <p class="field-error">{errors.quietHours}</p>}
      </div>
      {form.quietOn && (
        <div class="quiet-times">
          <FormField
            label="Quiet hours start"
            name="quiet_start"
            type="time"
            required
            value={form.start}
            error={errors.start}
            onInput={(event) => edit({ start: event.currentTarget.value })}
          />
          <FormField
            label="Quiet hours end"
            name="quiet_end"
            type="time"
            required
            value={form.end}
            error={errors.end}
            onInput={(event) => edit({ end: event.currentTarget.value })}
          />
        </div>
      )}
      <SelectField
        label="Time zone"
        name="timezone"
        options={options}
        value={form.timezone}
        error={errors.timezone}
        hint={form.timezone === here ? 'The same as this device.' : `This device is set to ${here}.`}
        onChange={(timezone) => edit({ timezone })}
      />
      {form.timezone !== here && (
        <button type="button" class="link-btn" onClick={() => edit({ timezone: here })}>
          Use this device's time zone
        </button>
      )}
    </div>
  );
}

// Every zone the browser knows; older browsers only get the saved and
// device zones (timeZoneOptions adds those).
function supportedZones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
