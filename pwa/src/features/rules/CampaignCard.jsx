// One campaign in the draft: name, when it runs, its multiplier and tags.
import { FormField } from '../../components/FormField.jsx';
import { NumberField } from '../../components/NumberField.jsx';
import { TagsField } from './TagsField.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { ItemCard } from './ItemCard.jsx';
import { WindowFields } from './WindowFields.jsx';
import { multiplierProblem, nameProblem } from '../../lib/sectionChecks.js';
import { joinProblems } from '../../lib/cardProblems.js';

export function CampaignCard({ campaign, index, status, server, onEdit, onRename, onRemove, extra }) {
  const title = campaign.name.trim() || campaign.id;
  const context = ` for ${title}`;
  const name = (field) => `campaigns.${index}.${field}`;
  const { byField, general } = server;
  const edit = (patch) => onEdit(index, patch);
  return (
    <ItemCard
      kind="campaign"
      itemKey={`campaign-${index}`}
      title={title}
      id={campaign.id}
      status={status}
      problems={general}
      attrs={{ 'data-campaign-card': campaign.id }}
      {...extra}
      onRemove={onRemove}
    >
      <FormField
        label={<ContextLabel text="Name" context={context} />}
        name={name('name')}
        value={campaign.name}
        maxLength={120}
        autocomplete="off"
        error={joinProblems(nameProblem(campaign.name), byField.name)}
        onInput={(event) => onRename(index, event.currentTarget.value)}
      />
      <WindowFields item={campaign} name={name} context={context} byField={byField} onEdit={edit} />
      <NumberField
        label={<ContextLabel text="Multiplier" context={context} />}
        name={name('multiplier')}
        decimal
        min="0.1"
        hint="1.5 gives 50% more points while it runs."
        value={campaign.multiplier}
        error={joinProblems(multiplierProblem(campaign.multiplier), byField.multiplier)}
        onValue={(multiplier) => edit({ multiplier })}
      />
      <TagsField
        label={<ContextLabel text="Tags" context={context} />}
        name={name('tags')}
        hint="Separated by commas, e.g. launch, careers. Leave empty for all content."
        tags={campaign.tags || []}
        error={byField.tags}
        onChange={(tags) => edit({ tags })}
      />
    </ItemCard>
  );
}

CampaignCard.fields = ['name', 'starts', 'ends', 'multiplier', 'tags'];
