// The chosen point rule: what it does in a sentence, its actions (duplicate,
// switch off or on, delete), and its name, event, points and condition.
// What the server refused about it shows under the field it concerns.
import { FormField } from '../../components/FormField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { ConditionEditor } from './ConditionEditor.jsx';
import { pointsProblem } from '../../lib/ruleDraft.js';
import { ruleLimits } from '../../lib/ruleSummary.js';
import { isEnabled, triggerOptions } from '../../lib/ruleItems.js';
import { nameProblem } from '../../lib/sectionChecks.js';
import { joinProblems } from '../../lib/cardProblems.js';

export function RuleEditor({ rule, index, original, status, sentence, fields, server, actions, titleRef }) {
  const limits = ruleLimits(rule);
  const enabled = isEnabled(rule);
  const { byField, general } = server;
  const name = (field) => `rules.${index}.${field}`;
  return (
    <article
      class={`card rule-editor${status ? ' is-edited' : ''}${enabled ? '' : ' is-off'}`}
      data-rule-id={rule.id}
      aria-labelledby="rule-editor-title"
    >
      <div class="rule-head">
        <h2 class="rule-name" id="rule-editor-title" tabIndex={-1} ref={titleRef}>
          {rule.name.trim() || rule.id}
        </h2>
        {!enabled && <span class="rule-off">Off</span>}
        {status && <span class="rule-edited">{status === 'new' ? 'New' : 'Edited'}</span>}
      </div>
      {sentence && (
        <p class="rule-sentence" data-testid="rule-sentence">
          {sentence}
        </p>
      )}
      {general.length > 0 && (
        <div class="card-problems" role="group" aria-label="What the server refused">
          <ul>
            {general.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="rule-editor-actions">
        <button type="button" class="btn btn-secondary btn-small" onClick={actions.duplicate}>
          Duplicate
        </button>
        <button type="button" class="btn btn-secondary btn-small" onClick={actions.toggle}>
          {enabled ? 'Disable' : 'Enable'}
        </button>
        <button type="button" class="btn btn-danger btn-small" onClick={actions.remove}>
          Delete rule
        </button>
      </div>
      {!enabled && <p class="field-hint">Disabled: it stays in the rules but scores nothing until you enable it.</p>}
      <div class="pair-fields">
        <FormField
          label="Rule name"
          name={name('name')}
          value={rule.name}
          maxLength={120}
          autocomplete="off"
          error={joinProblems(nameProblem(rule.name), byField.name)}
          onInput={(event) => actions.rename(event.currentTarget.value)}
        />
        <SelectField
          label="What it counts"
          name={name('trigger')}
          options={triggerOptions(fields.items, rule.trigger)}
          value={rule.trigger}
          error={byField.trigger}
          onChange={(trigger) => actions.edit({ trigger })}
        />
      </div>
      {rule.points_from ? (
        <p class="rule-meta">Points: taken from the event's {rule.points_from.replace(/_/g, ' ')}.</p>
      ) : (
        <FormField
          label={`Points for ${rule.name}`}
          name={name('points')}
          type="number"
          inputMode="numeric"
          step="1"
          value={rule.points}
          error={joinProblems(pointsProblem(rule.points), byField.points)}
          onInput={(event) => actions.edit({ points: parsePoints(event.currentTarget.value) })}
        />
      )}
      {/* A new rule's id follows its name: renaming it keeps the builder as it is. */}
      <ConditionEditor
        key={`${index}-${original ? rule.id : 'new'}`}
        id={`rule-${index}-condition`}
        rule={rule}
        original={original}
        fields={fields}
        serverError={byField.condition}
        onChange={(condition) => actions.edit({ condition })}
      />
      {limits.length > 0 && <p class="rule-meta">Limits: {limits.join(' · ')}</p>}
      <p class="rule-meta rule-id">Id {rule.id}</p>
    </article>
  );
}

RuleEditor.fields = ['name', 'trigger', 'points', 'condition'];

// A number input reports "" while its text isn't a number (e.g. "-" mid-
// typing); keep that as "" so the draft shows the problem instead of a 0.
function parsePoints(text) {
  if (text.trim() === '') return '';
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}
