// Push: the address push services may write to about this server's
// notifications (the VAPID "subject").
import { FormField } from '../../components/FormField.jsx';
import { SettingsSection } from './SettingsSection.jsx';

export function PushSection({ settings, onSaved }) {
  return (
    <SettingsSection id="push" title="Push" settings={settings} onSaved={onSaved}>
      {({ draft, set, error }) => (
        <FormField
          label="Contact address for push services"
          name="push_contact"
          type="text"
          inputMode="email"
          autocomplete="email"
          optional
          hint="Browsers' push services write here if notifications from Amplify cause them trouble."
          value={draft.push_contact}
          onInput={(event) => set('push_contact', event.currentTarget.value)}
          error={error('push_contact')}
        />
      )}
    </SettingsSection>
  );
}
