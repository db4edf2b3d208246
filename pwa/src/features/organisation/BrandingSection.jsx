// Branding: the company's name, logo and colours, with a live preview. Saved,
// it is painted on this app at once (and on every other start, see
// lib/branding.js).
import { applyBranding } from '../../lib/branding.js';
import { FormField } from '../../components/FormField.jsx';
import { SettingsSection } from './SettingsSection.jsx';
import { ColourField } from './ColourField.jsx';
import { LogoField } from './LogoField.jsx';
import { BrandPreview, DEFAULT_BRAND } from './BrandPreview.jsx';
import { isHexColour } from './colours.js';

export function BrandingSection({ settings, onSaved }) {
  const saved = (answer) => {
    applyBranding(answer);
    onSaved(answer);
  };
  return (
    <SettingsSection
      id="branding"
      title="Branding"
      description="Shown in the top bar, on the login screen and when the app is installed."
      settings={settings}
      onSaved={saved}
    >
      {({ draft, set, error, setFailure }) => {
        const forget = (name) =>
          setFailure((failure) => failure && { ...failure, fields: { ...failure.fields, [name]: undefined } });
        return (
          <div class="org-branding">
            <div class="org-branding-fields">
              <FormField
                label="Company name"
                name="name"
                autocomplete="organization"
                value={draft.name}
                onInput={(event) => set('name', event.currentTarget.value)}
                error={error('name')}
              />
              <LogoField value={draft.logo_url} onChange={(url) => set('logo_url', url)} error={error('logo_url')} />
              <ColourField
                name="brand_colour"
                label="Brand colour"
                hint="The top bar and buttons, with white text on it."
                value={draft.brand_colour}
                fallback={DEFAULT_BRAND}
                placeholder={`${DEFAULT_BRAND} (Amplify's)`}
                onChange={(value) => set('brand_colour', value)}
                error={error('brand_colour')}
                onSuggestionUsed={forget}
              />
              <ColourField
                name="accent_colour"
                label="Accent colour"
                hint="Links and highlighted text on white. Empty: the brand colour."
                value={draft.accent_colour}
                fallback={isHexColour(draft.brand_colour) ? draft.brand_colour : DEFAULT_BRAND}
                placeholder="The brand colour"
                onChange={(value) => set('accent_colour', value)}
                error={error('accent_colour')}
                onSuggestionUsed={forget}
              />
            </div>
            <BrandPreview draft={draft} />
          </div>
        );
      }}
    </SettingsSection>
  );
}
