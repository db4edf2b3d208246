// A rule's condition: a monospace textarea checked by the server as you
// type. A refused condition shows the server's message and marks where in
// the text the problem is.
//
// The verdict is announced by its own small polite region rather than the
// app-wide one: that one would repeat the message elsewhere in the page, and
// a verdict only arrives after typing pauses, so it rarely overlaps a toast.
import { useRef } from 'preact/hooks';
import { useConditionCheck } from '../../lib/useConditionCheck.js';
import { ConditionMarker } from './ConditionMarker.jsx';

export function ConditionField({ id, ruleName, trigger, value, original, onChange }) {
  const input = useRef(null);
  const check = useConditionCheck(value, original);
  const invalid = check.status === 'invalid';
  const describedBy = `${id}-hint ${id}-status`;
  return (
    <div class={`field condition-field${invalid ? ' has-error' : ''}`}>
      <label for={id}>{`Condition for ${ruleName}`}</label>
      <p class="field-hint" id={`${id}-hint`}>
        Leave empty to count every <code>{trigger}</code>.
      </p>
      <textarea
        id={id}
        ref={input}
        class="condition-input"
        rows={2}
        value={value}
        spellcheck={false}
        autocapitalize="off"
        autocomplete="off"
        autocorrect="off"
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      {check.status === 'checking' && <p class="field-hint">Checking…</p>}
      <div id={`${id}-status`} aria-live="polite">
        <Verdict check={check} value={value} />
      </div>
      {invalid && check.position !== null && (
        <ConditionMarker value={value} position={check.position} input={input} />
      )}
    </div>
  );
}

function Verdict({ check, value }) {
  if (check.status === 'unavailable') {
    return <p class="field-hint">Couldn't check this condition now ({check.message}).</p>;
  }
  if (check.status === 'valid') {
    const used = check.fieldsUsed.length ? ` · uses ${check.fieldsUsed.join(', ')}` : '';
    return <p class="field-ok">✓ Valid condition{used}</p>;
  }
  if (check.status !== 'invalid') return null;
  return (
    <>
      <p class="field-error">{check.message}</p>
      {check.position !== null && <p class="sr-only">{where(value, check.position)}</p>}
    </>
  );
}

function where(value, position) {
  return position >= value.length ? 'At the end of the condition.' : `At character ${position + 1}.`;
}
