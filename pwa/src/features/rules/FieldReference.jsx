// "Fields you can use": the names a condition may mention, with their types
// and meaning (GET /rules/fields). Fetched the first time it is opened.
import { useState } from 'preact/hooks';
import { fetchRuleFields } from '../../api/rules.js';

const TYPE_WORDS = { string: 'text', float: 'number', boolean: 'true / false', array: 'list' };

export function FieldReference() {
  const [state, setState] = useState({ status: 'idle', items: [], error: null });
  const load = () => {
    setState({ status: 'loading', items: [], error: null });
    fetchRuleFields().then(
      (items) => setState({ status: 'ready', items, error: null }),
      (error) => setState({ status: 'error', items: [], error }),
    );
  };
  const onToggle = (event) => event.currentTarget.open && state.status === 'idle' && load();
  return (
    <details class="disclosure field-ref" onToggle={onToggle}>
      <summary>Fields you can use</summary>
      <p class="field-hint">
        Compare with <code>==</code> <code>!=</code> <code>&lt;</code> <code>&gt;</code>, combine with{' '}
        <code>and</code> / <code>or</code>, e.g. <code>network == "linkedin" and hour &lt; 9</code> or{' '}
        <code>"launch" in tags</code>.
      </p>
      <FieldList state={state} onRetry={load} />
    </details>
  );
}

function FieldList({ state, onRetry }) {
  if (state.status === 'loading' || state.status === 'idle')
    return <p class="loading-line">Loading fields…</p>;
  if (state.status === 'error') {
    return (
      <p class="field-error">
        Fields couldn't be loaded: {state.error.message}{' '}
        <button type="button" class="link-btn" onClick={onRetry}>
          Try again
        </button>
      </p>
    );
  }
  return (
    <dl class="field-list">
      {state.items.map((field) => (
        <div key={field.name} class="field-item">
          <dt>
            <code>{field.name}</code> <span class="field-type">{TYPE_WORDS[field.type] || field.type}</span>
          </dt>
          {field.description && <dd>{field.description}</dd>}
        </div>
      ))}
    </dl>
  );
}
