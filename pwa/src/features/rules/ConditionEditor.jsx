// When a rule counts: the builder (rows of field, operator, value) or, for
// experts, the text. Both write the same condition text, which the server
// checks as it changes. Text the builder can't show stays text, with a note.
import { useState } from 'preact/hooks';
import { readCondition } from '../../lib/conditionBuilder.js';
import { useConditionCheck } from '../../lib/useConditionCheck.js';
import { fieldsFor } from '../../lib/useRuleFields.js';
import { ConditionBuilder } from './ConditionBuilder.jsx';
import { ConditionField } from './ConditionField.jsx';
import { FieldReference } from './FieldReference.jsx';

export function ConditionEditor({ id, rule, original, fields, serverError, onChange }) {
  const value = rule.condition || '';
  // A condition in force passed its check, unless the rule now counts another event.
  const checked = original && original.trigger === rule.trigger ? original.condition || '' : null;
  const check = useConditionCheck(value, checked, rule.trigger);
  const available = fields.status === 'ready' ? fieldsFor(fields.items, rule.trigger) : [];
  const buildable = fields.status === 'ready' && readCondition(value, available) !== null;
  const [asText, setAsText] = useState(() => fields.status === 'ready' && !buildable);
  const text = asText || !buildable;
  return (
    <div class="condition-editor">
      <div class="condition-head">
        <h3 class="subsection-title">When it counts</h3>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          aria-pressed={text ? 'true' : 'false'}
          disabled={text && !buildable}
          onClick={() => setAsText(!text)}
        >
          Write it as text
        </button>
      </div>
      <BuilderNote fields={fields} text={text} buildable={buildable} />
      {text ? (
        <ConditionField
          id={id}
          ruleName={rule.name}
          trigger={rule.trigger}
          value={value}
          check={check}
          serverError={serverError}
          onChange={onChange}
        />
      ) : (
        <ConditionBuilder
          id={id}
          ruleName={rule.name}
          trigger={rule.trigger}
          value={value}
          fields={available}
          check={check}
          serverError={serverError}
          onChange={onChange}
        />
      )}
      {text && <FieldReference />}
    </div>
  );
}

function BuilderNote({ fields, text, buildable }) {
  if (fields.status === 'loading') return <p class="field-hint">Loading the fields you can use…</p>;
  if (fields.status === 'error') {
    return (
      <p class="field-hint">
        The builder needs the list of fields, which couldn't be loaded ({fields.error.message}).{' '}
        <button type="button" class="link-btn" onClick={fields.reload}>
          Try again
        </button>
      </p>
    );
  }
  if (text && !buildable) {
    return (
      <p class="field-hint builder-note">
        The builder can't show this condition (it uses brackets, sums, mixes "and" with "or", or a field this
        event lacks), so it stays as text.
      </p>
    );
  }
  return null;
}
