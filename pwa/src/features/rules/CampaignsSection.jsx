// Campaigns: time-boxed point multipliers for content with given tags.
import { SectionPanel } from './SectionPanel.jsx';
import { SectionProblems } from './SectionProblems.jsx';
import { RemovedNote } from './RemovedNote.jsx';
import { CampaignCard } from './CampaignCard.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useListEditor } from '../../lib/useListEditor.js';
import { cardExtras } from '../../lib/ruleItems.js';
import { announce } from '../../state/announcer.js';
import { renamePatch } from '../../lib/draftIds.js';
import { itemStatus } from '../../lib/draftChanges.js';
import { problemCount, problemsFor } from '../../lib/cardProblems.js';
import { newCampaign } from '../../lib/newItems.js';
import { confirmRemove } from './confirmRemove.js';

export function CampaignsSection({ campaigns, originals, setDraft, changes, found, sentences }) {
  const list = useListEditor(setDraft, 'campaigns', campaigns.length);
  const extras = cardExtras({ setDraft, key: 'campaigns', items: campaigns, originals, sentences, fallback: 'campaign', announce });
  const rename = (index, name) =>
    list.edit(index, renamePatch(name, index, campaigns, originals, 'campaign'));
  return (
    <SectionPanel
      id="campaigns-section"
      title="Campaigns"
      count={campaigns.length}
      noun={campaigns.length === 1 ? 'campaign' : 'campaigns'}
      changes={changes}
      problems={problemCount(found, ['campaigns'])}
    >
      <p class="field-hint">
        While a campaign runs, points for content with any of its tags are multiplied.
      </p>
      <SectionProblems id="campaigns-problems" lines={problemsFor(found, 'campaigns', []).general} />
      <ol class="item-list" ref={list.listRef}>
        {campaigns.map((campaign, index) => {
          const status = itemStatus(campaign, originals);
          return (
            <CampaignCard
              key={status === 'new' ? `new-${index}` : campaign.id}
              campaign={campaign}
              index={index}
              status={status}
              server={problemsFor(found, `campaigns:${campaign.id}`, CampaignCard.fields)}
              onEdit={list.edit}
              onRename={rename}
              extra={extras(campaign, index)}
              onRemove={() => confirmRemove(list, index, `campaign ${campaign.name || campaign.id}`)}
            />
          );
        })}
      </ol>
      <RemovedNote items={campaigns} originals={originals} />
      <button
        type="button"
        class="btn btn-secondary add-btn"
        ref={list.addRef}
        onClick={() => list.add(newCampaign(campaigns, originals))}
      >
        <Icon name="plus" size={18} />
        Add campaign
      </button>
    </SectionPanel>
  );
}
