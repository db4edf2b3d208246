// What the branding will look like, as it is edited: the top bar, a button,
// a link and the login card, in the colours being chosen. Decorative copies:
// hidden from screen readers, which get the colour fields' contrast notes.
import { brandingVariables, logoOf } from '../../lib/branding.js';
import { isHexColour } from './colours.js';

export const DEFAULT_BRAND = '#4f46e5';

export function BrandPreview({ draft }) {
  // Painted as the app will be: the same shades lib/branding.js derives.
  const colours = brandingVariables({
    brand_colour: isHexColour(draft.brand_colour) ? draft.brand_colour : DEFAULT_BRAND,
    accent_colour: isHexColour(draft.accent_colour) ? draft.accent_colour : null,
  });
  const name = draft.name.trim() || 'Amplify';
  const logo = logoOf({ logo_url: draft.logo_url });
  return (
    <div
      class="org-preview"
      style={{
        '--preview-brand': colours['--org-brand'],
        '--preview-topbar': colours['--org-topbar'],
        '--preview-text': colours['--org-text'],
      }}
      aria-hidden="true"
      data-testid="brand-preview"
    >
      <p class="org-preview-caption">Preview</p>
      <div class="org-preview-topbar">
        <img src={logo} width="28" height="28" alt="" />
        <span>{name}</span>
      </div>
      <div class="org-preview-body">
        <span class="org-preview-button">Share</span>
        <span class="org-preview-link">See the leaderboard</span>
      </div>
      <div class="org-preview-login">
        <img src={logo} width="40" height="40" alt="" />
        <strong>{name}</strong>
        <span class="org-preview-button org-preview-wide">Log in</span>
      </div>
    </div>
  );
}
