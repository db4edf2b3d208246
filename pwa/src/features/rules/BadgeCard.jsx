// One badge in the draft: name, how to earn it, what it counts, whether it
// repeats, and its tier thresholds. Fields are labelled with the badge's
// name ("Bronze threshold for Sharer") so cards can be told apart.
import { FormField } from '../../components/FormField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { ItemCard } from './ItemCard.jsx';
import { BadgeThresholds } from './BadgeThresholds.jsx';
import { METRIC_OPTIONS, metricCriteria } from '../../lib/badgeMetrics.js';
import { nameProblem } from '../../lib/sectionChecks.js';
import { joinProblems } from '../../lib/cardProblems.js';

export function BadgeCard({ badge, index, status, server, onEdit, onRename, onRemove, extra }) {
  const title = badge.name.trim() || badge.id;
  const context = ` for ${title}`;
  const name = (field) => `badges.${index}.${field}`;
  const { byField, general } = server;
  return (
    <ItemCard
      kind="badge"
      itemKey={`badge-${index}`}
      title={title}
      id={badge.id}
      status={status}
      problems={general}
      attrs={{ 'data-badge-card': badge.id }}
      {...extra}
      onRemove={() => onRemove(index)}
    >
      <FormField
        label={<ContextLabel text="Name" context={context} />}
        name={name('name')}
        value={badge.name}
        maxLength={120}
        autocomplete="off"
        error={joinProblems(nameProblem(badge.name), byField.name)}
        onInput={(event) => onRename(index, event.currentTarget.value)}
      />
      <FormField
        label={<ContextLabel text="Criteria" context={context} />}
        name={name('criteria')}
        multiline
        rows={2}
        maxLength={500}
        value={badge.criteria}
        error={joinProblems(!badge.criteria.trim() && 'Describe how to earn it.', byField.criteria)}
        onInput={(event) => onEdit(index, { criteria: event.currentTarget.value })}
      />
      <SelectField
        label={<ContextLabel text="Metric" context={context} />}
        name={name('metric')}
        options={metricOptions(badge.metric)}
        value={badge.metric}
        error={byField.metric}
        onChange={(metric) => onEdit(index, metricPatch(badge, metric))}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={badge.repeatable}
          onChange={(event) => onEdit(index, repeatPatch(badge, event.currentTarget.checked))}
        />
        <ContextLabel text="Repeatable" context={context} />
      </label>
      <BadgeThresholds
        badge={badge}
        index={index}
        context={context}
        error={byField.thresholds}
        onChange={(thresholds) => onEdit(index, { thresholds })}
      />
    </ItemCard>
  );
}

// Fields the card shows server messages on; anything else goes on the card.
BadgeCard.fields = ['name', 'criteria', 'metric', 'thresholds'];

// A metric this screen doesn't know (newer server) stays selectable as is.
function metricOptions(metric) {
  if (METRIC_OPTIONS.some((option) => option.value === metric)) return METRIC_OPTIONS;
  return [...METRIC_OPTIONS, { value: metric, label: metric }];
}

// A description still as it was suggested follows the metric; one the
// admin wrote stays.
function metricPatch(badge, metric) {
  const suggested = badge.criteria === metricCriteria(badge.metric);
  return suggested ? { metric, criteria: metricCriteria(metric) } : { metric };
}

// A repeatable badge has exactly one threshold (its "every N").
function repeatPatch(badge, repeatable) {
  return { repeatable, thresholds: repeatable ? badge.thresholds.slice(0, 1) : badge.thresholds };
}
