// The part of the programme chosen in the list besides point rules:
// badges, levels, campaigns, team challenges or limits, editing the same
// local draft (Preview and Publish send all of it).
import { BadgesSection } from './BadgesSection.jsx';
import { LevelsSection } from './LevelsSection.jsx';
import { CampaignsSection } from './CampaignsSection.jsx';
import { ChallengesSection } from './ChallengesSection.jsx';
import { LimitsSection } from './LimitsSection.jsx';

const SECTIONS = {
  badges: BadgesSection,
  levels: LevelsSection,
  campaigns: CampaignsSection,
  challenges: ChallengesSection,
};

export function RuleSection({ list, draft, original, setDraft, changes, found, sentences }) {
  const common = { setDraft, found, sentences };
  if (list === 'limits') {
    return <LimitsSection draft={draft} original={original} changes={changes.limits} {...common} />;
  }
  const Section = SECTIONS[list];
  if (!Section) return null;
  const props = { [list]: draft[list] || [], originals: original[list] || [], changes: changes[list] };
  return <Section {...props} {...common} />;
}
