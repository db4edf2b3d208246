// Tracked links: the UTM parameters added to every shared link's destination
// (with the placeholders the server fills in), and how long raw clicks are
// kept before only the daily counts remain.
import { FormField } from '../../components/FormField.jsx';
import { SettingsSection } from './SettingsSection.jsx';
import { PLACEHOLDERS, UTM_KEYS } from './settingsDraft.js';

export function LinksSection({ settings, onSaved }) {
  return (
    <SettingsSection
      id="links"
      title="Tracked links"
      description={`Placeholders: ${PLACEHOLDERS.join(', ')}. An empty parameter is left out.`}
      settings={settings}
      onSaved={onSaved}
    >
      {({ draft, set, error }) => {
        const setUtm = (key, value) => set('utm', { ...draft.utm, [key]: value });
        // The server names a bad template on `utm` as a whole, starting with its key.
        const whole = error('utm');
        const blamed = whole && (UTM_KEYS.find((key) => whole.startsWith(key)) || UTM_KEYS[0]);
        return (
          <>
            <fieldset class="fieldset">
              <legend>UTM parameters</legend>
              <div class="org-grid">
                {UTM_KEYS.map((key) => (
                  <FormField
                    key={key}
                    label={key}
                    name={`utm.${key}`}
                    autocomplete="off"
                    spellcheck={false}
                    value={draft.utm[key]}
                    onInput={(event) => setUtm(key, event.currentTarget.value)}
                    error={error(`utm.${key}`) || (blamed === key ? whole : undefined)}
                  />
                ))}
              </div>
            </fieldset>
            <FormField
              label="Keep raw clicks for (days)"
              name="click_retention_days"
              type="number"
              inputMode="numeric"
              min="1"
              step="1"
              hint="Older clicks are deleted each night; the daily counts in Insights stay."
              value={draft.click_retention_days}
              onInput={(event) => set('click_retention_days', event.currentTarget.value)}
              error={error('click_retention_days')}
            />
          </>
        );
      }}
    </SettingsSection>
  );
}
