// Recognition: how many kudos points each manager or admin may give a month.
import { FormField } from '../../components/FormField.jsx';
import { SettingsSection } from './SettingsSection.jsx';

export function RecognitionSection({ settings, onSaved }) {
  return (
    <SettingsSection id="recognition" title="Recognition" settings={settings} onSaved={onSaved}>
      {({ draft, set, error }) => (
        <FormField
          label="Kudos points each leader may give a month"
          name="kudos_cap"
          type="number"
          inputMode="numeric"
          min="0"
          step="1"
          hint="0 turns kudos with points off; kudos messages still go out."
          value={draft.kudos_cap}
          onInput={(event) => set('kudos_cap', event.currentTarget.value)}
          error={error('kudos_cap')}
        />
      )}
    </SettingsSection>
  );
}
