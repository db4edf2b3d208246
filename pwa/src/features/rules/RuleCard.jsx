// One point rule in the admin's draft: its name and trigger (read-only), its
// limits in words, and the two things this screen edits: points and condition.
import { FormField } from '../../components/FormField.jsx';
import { ConditionField } from './ConditionField.jsx';
import { pointsProblem, ruleEdited } from '../../lib/ruleDraft.js';
import { ruleLimits } from '../../lib/ruleSummary.js';

export function RuleCard({ rule, original, index, onChange }) {
  const limits = ruleLimits(rule);
  const edited = ruleEdited(rule, original);
  return (
    <li class={`card rule-card${edited ? ' is-edited' : ''}`} data-rule-id={rule.id}>
      <div class="rule-head">
        <h3 class="rule-name">{rule.name}</h3>
        {edited && <span class="rule-edited">Edited</span>}
      </div>
      <p class="rule-meta">
        Trigger: <code>{rule.trigger}</code>
        <span class="rule-id"> · id {rule.id}</span>
      </p>
      {limits.length > 0 && <p class="rule-meta">Limits: {limits.join(' · ')}</p>}
      <FormField
        label={`Points for ${rule.name}`}
        name={`rules.${index}.points`}
        type="number"
        inputMode="numeric"
        step="1"
        value={rule.points}
        error={pointsProblem(rule.points)}
        onInput={(event) => onChange(index, { points: parsePoints(event.currentTarget.value) })}
      />
      <ConditionField
        id={`rule-${index}-condition`}
        ruleName={rule.name}
        trigger={rule.trigger}
        value={rule.condition || ''}
        original={(original && original.condition) || ''}
        onChange={(condition) => onChange(index, { condition })}
      />
    </li>
  );
}

// A number input reports "" while its text isn't a number (e.g. "-" mid-
// typing); keep that as "" so the draft shows the problem instead of a 0.
function parsePoints(text) {
  if (text.trim() === '') return '';
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}
