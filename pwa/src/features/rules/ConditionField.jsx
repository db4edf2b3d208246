// A rule's condition as text, for experts and for conditions the builder
// can't show: a monospace textarea checked by the server as you type (the
// check comes from ConditionEditor). A refused condition shows the
// server's message under the field and marks where in the text it is.
import { useRef } from 'preact/hooks';
import { ConditionMarker } from './ConditionMarker.jsx';
import { ConditionVerdict } from './ConditionVerdict.jsx';

export function ConditionField({ id, ruleName, trigger, value, check, serverError, onChange }) {
  const input = useRef(null);
  const invalid = check.status === 'invalid' || Boolean(serverError);
  return (
    <div class={`field condition-field${invalid ? ' has-error' : ''}`}>
      <label for={id}>{`Condition for ${ruleName}`}</label>
      <p class="field-hint" id={`${id}-hint`}>
        Leave empty to count every <code>{trigger}</code>. E.g. <code>network == "linkedin" and hour &lt; 9</code>
      </p>
      <textarea
        id={id}
        ref={input}
        class="condition-input"
        rows={3}
        value={value}
        maxLength={500}
        spellcheck={false}
        autocapitalize="off"
        autocomplete="off"
        autocorrect="off"
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={`${id}-hint ${id}-status`}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <ConditionVerdict id={`${id}-status`} check={check} value={value} serverError={serverError} />
      {check.status === 'invalid' && check.position !== null && (
        <ConditionMarker value={value} position={check.position} input={input} />
      )}
    </div>
  );
}
