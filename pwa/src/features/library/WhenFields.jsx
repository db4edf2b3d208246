// When an item reaches the feed: now, at a chosen time, or not yet (a
// draft); and when it leaves. Times are the device's own zone.
import { FormField } from '../../components/FormField.jsx';
import { deviceZone } from '../../lib/localDateTime.js';
import { stateOf } from '../../lib/publishWords.js';

const CHOICES = [
  { value: 'now', label: 'Publish now' },
  { value: 'schedule', label: 'Schedule' },
  { value: 'draft', label: 'Save as a draft' },
];

export function WhenFields({ when, publishAt, expiresAt, onChange, fields, original }) {
  const nowLabel = original && stateOf(original) === 'published' ? 'Keep it published' : 'Publish now';
  return (
    <fieldset class="fieldset">
      <legend>When</legend>
      <div class="choice-row" role="radiogroup" aria-label="When it reaches the feed">
        {CHOICES.map((choice) => (
          <label class="check" key={choice.value}>
            <input
              type="radio"
              name="when"
              value={choice.value}
              checked={when === choice.value}
              onChange={() => onChange({ when: choice.value })}
            />
            {choice.value === 'now' ? nowLabel : choice.label}
          </label>
        ))}
      </div>
      {when === 'schedule' && (
        <FormField
          label="Publish at"
          name="publish_at"
          type="datetime-local"
          required
          value={publishAt}
          onInput={(event) => onChange({ publish_at: event.currentTarget.value })}
          error={fields.publish_at}
        />
      )}
      {when !== 'schedule' && fields.publish_at && <p class="field-error">{fields.publish_at}</p>}
      <FormField
        label="Expires at"
        name="expires_at"
        type="datetime-local"
        optional
        value={expiresAt}
        onInput={(event) => onChange({ expires_at: event.currentTarget.value })}
        hint={`Leave empty to keep it in the feed. Times are in your time zone (${deviceZone()}).`}
        error={fields.expires_at}
      />
    </fieldset>
  );
}
