// Everything besides point rules that the draft holds: badges, levels,
// campaigns, team challenges and limits, each in a collapsible section that
// edits the same local draft (Preview and Publish send all of it). Server
// refusals are sorted per card here, once, for every section to look up.
import { BadgesSection } from './BadgesSection.jsx';
import { LevelsSection } from './LevelsSection.jsx';
import { CampaignsSection } from './CampaignsSection.jsx';
import { ChallengesSection } from './ChallengesSection.jsx';
import { LimitsSection } from './LimitsSection.jsx';
import { cardProblems } from '../../lib/cardProblems.js';

export function RuleSections({ draft, original, setDraft, changes, problems }) {
  const found = cardProblems(problems);
  const common = { setDraft, found, openOn: problems };
  return (
    <section class="rule-sections" aria-labelledby="programme-title">
      <h2 class="section-title" id="programme-title">
        Badges, levels and more
      </h2>
      <BadgesSection
        badges={draft.badges || []}
        originals={original.badges || []}
        changes={changes.badges}
        {...common}
      />
      <LevelsSection
        levels={draft.levels || []}
        originals={original.levels || []}
        changes={changes.levels}
        {...common}
      />
      <CampaignsSection
        campaigns={draft.campaigns || []}
        originals={original.campaigns || []}
        changes={changes.campaigns}
        {...common}
      />
      <ChallengesSection
        challenges={draft.challenges || []}
        originals={original.challenges || []}
        changes={changes.challenges}
        {...common}
      />
      <LimitsSection draft={draft} original={original} changes={changes.limits} {...common} />
    </section>
  );
}
