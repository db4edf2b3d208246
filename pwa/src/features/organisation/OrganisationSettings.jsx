// Organisation settings, for admins: branding, region, leaderboards,
// recognition, tracked links, earned media value and push, each saved on its
// own. Loaded on demand with its stylesheet.
import './organisation.css';
import { fetchOrganisation } from '../../api/organisation.js';
import { useResource } from '../../lib/useResource.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { BrandingSection } from './BrandingSection.jsx';
import { RegionSection } from './RegionSection.jsx';
import { LeaderboardsSection } from './LeaderboardsSection.jsx';
import { RecognitionSection } from './RecognitionSection.jsx';
import { LinksSection } from './LinksSection.jsx';
import { EmvSection } from './EmvSection.jsx';
import { PushSection } from './PushSection.jsx';

const SECTIONS = [
  BrandingSection,
  RegionSection,
  LeaderboardsSection,
  RecognitionSection,
  LinksSection,
  EmvSection,
  PushSection,
];

export default function OrganisationSettings() {
  const organisation = useResource(fetchOrganisation, 'organisation');
  return (
    <section class="screen org-settings" aria-labelledby="org-title">
      <div class="screen-header">
        <div>
          <h1 id="org-title">Organisation</h1>
          <p class="screen-subtitle">Your company's name, look and the settings every team shares.</p>
        </div>
      </div>
      {organisation.status === 'error' && <ErrorState error={organisation.error} onRetry={organisation.reload} />}
      {organisation.status === 'loading' && (
        <p class="loading-line" aria-busy="true">
          Loading…
        </p>
      )}
      {organisation.data && (
        <div class="org-sections">
          {SECTIONS.map((Section, index) => (
            <Section key={index} settings={organisation.data} onSaved={organisation.replace} />
          ))}
        </div>
      )}
    </section>
  );
}
