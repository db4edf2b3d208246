// The condition builder: rows of [field → operator → value], joined by
// "all of" or "any of". Only fields the rule's event has are offered, each
// with the operators that suit its type and a value picker filled with real
// values (networks, tags, teams). Rows still being filled in stay here and
// out of the condition until complete.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { readCondition, writeCondition } from '../../lib/conditionBuilder.js';
import { SelectField } from '../../components/SelectField.jsx';
import { Icon } from '../../components/Icon.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { ConditionRow } from './ConditionRow.jsx';
import { ConditionVerdict } from './ConditionVerdict.jsx';

const JOINS = [
  { value: 'and', label: 'all of these are true' },
  { value: 'or', label: 'any of these is true' },
];
const EMPTY_ROW = { field: '', kind: null, value: '' };

export function ConditionBuilder({ id, ruleName, trigger, value, fields, check, serverError, onChange }) {
  const [state, setState] = useState(() => readCondition(value, fields) || { join: 'and', rows: [] });
  const list = useRef(null);
  const added = useRef(false);
  // The text changed elsewhere (Discard edits, the text box): show it.
  useEffect(() => {
    if (writeCondition(state) === value) return;
    const read = readCondition(value, fields);
    if (read) setState(read);
  }, [value]);
  useLayoutEffect(() => {
    if (!added.current || !list.current) return;
    added.current = false;
    const last = list.current.lastElementChild;
    const select = last && last.querySelector('select');
    if (select) select.focus();
  }, [state.rows.length]);

  const update = (next) => {
    setState(next);
    const text = writeCondition(next);
    if (text !== value) onChange(text);
  };
  const setRow = (i, row) => update({ ...state, rows: state.rows.map((r, j) => (j === i ? row : r)) });
  const context = ` for ${ruleName}`;
  return (
    <div class={`condition-builder${check.status === 'invalid' || serverError ? ' has-error' : ''}`}>
      {state.rows.length > 1 && (
        <SelectField
          label={<ContextLabel text="Counts when" context={context} />}
          name={`${id}-join`}
          options={JOINS}
          value={state.join}
          onChange={(join) => update({ ...state, join })}
        />
      )}
      {state.rows.length === 0 && <p class="field-hint">No conditions: every {trigger.replace(/_/g, ' ')} counts.</p>}
      <ol class="builder-rows" ref={list}>
        {state.rows.map((row, i) => (
          <ConditionRow
            key={i}
            id={`${id}-${i}`}
            n={i + 1}
            ruleName={ruleName}
            row={row}
            fields={fields}
            onChange={(next) => setRow(i, next)}
            onRemove={() => update({ ...state, rows: state.rows.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      <button
        type="button"
        class="btn btn-secondary btn-small add-btn"
        onClick={() => {
          added.current = true;
          setState({ ...state, rows: [...state.rows, EMPTY_ROW] });
        }}
      >
        <Icon name="plus" size={18} />
        Add a condition
      </button>
      <p class="builder-expression">
        <span class="builder-expression-label">Written as </span>
        <code>{value || '(nothing: every event counts)'}</code>
      </p>
      <ConditionVerdict id={`${id}-status`} check={check} value={value} serverError={serverError} />
    </div>
  );
}
