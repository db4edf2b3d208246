// One row of the condition builder: a field the event has, an operator that
// suits it, and a value: a list to pick from where the server knows the
// values (networks, tags, teams), checkboxes for "is one of", or a number.
import { opKind, rowFor, rowKind, takesList } from '../../lib/conditionBuilder.js';
import { SelectField } from '../../components/SelectField.jsx';
import { Icon } from '../../components/Icon.jsx';
import { ContextLabel } from './ContextLabel.jsx';

export function ConditionRow({ id, n, ruleName, row, fields, onChange, onRemove }) {
  const field = fields.find((f) => f.name === row.field);
  const operators = operatorsOf(field);
  const kind = rowKind(row);
  const context = ` of condition ${n} for ${ruleName}`;
  const chooseField = (name) => {
    const next = fields.find((f) => f.name === name);
    const first = operatorsOf(next)[0];
    onChange(first ? rowFor(name, first.value, startValue(first.value)) : { field: name, kind: null, value: '' });
  };
  const chooseKind = (next) => onChange(rowFor(row.field, next, convertValue(row.value, next)));
  return (
    <li>
      <div class="builder-row" role="group" aria-label={`Condition ${n}`}>
      <SelectField
        label={<ContextLabel text="Field" context={context} />}
        name={`${id}-field`}
        options={fieldOptions(fields, row.field)}
        value={row.field}
        onChange={chooseField}
      />
      {field && (
        <SelectField
          label={<ContextLabel text="Operator" context={context} />}
          name={`${id}-op`}
          options={operators}
          value={kind || ''}
          onChange={chooseKind}
        />
      )}
      {field && kind !== 'is_true' && kind !== 'is_false' && (
        <ValuePicker id={id} context={context} field={field} row={row} onChange={onChange} />
      )}
      <button type="button" class="icon-btn builder-remove" aria-label={`Remove condition ${n}`} onClick={onRemove}>
        <Icon name="close" size={20} />
      </button>
      </div>
    </li>
  );
}

function operatorsOf(field) {
  if (!field) return [];
  return (field.operators || [])
    .map((o) => ({ value: opKind(o.op, field.type), label: o.label || o.op }))
    .filter((o) => o.value);
}

function fieldOptions(fields, current) {
  const options = fields.map((f) => ({ value: f.name, label: f.label || f.name }));
  if (current && !fields.some((f) => f.name === current)) {
    options.unshift({ value: current, label: `${current} (this event doesn't have it)` });
  }
  return [{ value: '', label: 'Choose a field' }, ...options];
}

const startValue = (kind) => (takesList(kind) ? [] : '');

function convertValue(value, kind) {
  if (takesList(kind)) return Array.isArray(value) ? value : value === '' || typeof value === 'boolean' ? [] : [value];
  if (Array.isArray(value)) return value.length ? value[0] : '';
  return typeof value === 'boolean' ? '' : value;
}

// A value typed or picked as text, back to the type the field holds.
function typed(field, text) {
  const known = (field.values || []).find((v) => String(v.value) === String(text));
  if (known) return known.value;
  if (field.type === 'float') return text.trim() === '' ? '' : Number(text);
  return text;
}

function ValuePicker({ id, context, field, row, onChange }) {
  const values = field.values || [];
  const set = (value) => onChange({ ...row, value });
  if (takesList(row.kind) && values.length) {
    const chosen = new Set((row.value || []).map(String));
    const toggle = (v, on) =>
      set(on ? [...row.value, v.value] : row.value.filter((x) => String(x) !== String(v.value)));
    return (
      <fieldset class="builder-values">
        <legend>
          <ContextLabel text="Values" context={context} />
        </legend>
        {values.map((v) => (
          <label class="check" key={String(v.value)}>
            <input
              type="checkbox"
              checked={chosen.has(String(v.value))}
              onChange={(event) => toggle(v, event.currentTarget.checked)}
            />
            {v.label || String(v.value)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (takesList(row.kind)) {
    return (
      <TextValue
        id={id}
        label={<ContextLabel text="Values, separated by commas" context={context} />}
        value={(row.value || []).join(', ')}
        onValue={(text) =>
          set(
            text
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean)
              .map((part) => typed(field, part)),
          )
        }
      />
    );
  }
  if (values.length) {
    const options = values.map((v) => ({ value: v.value, label: v.label || String(v.value) }));
    if (row.value !== '' && !values.some((v) => String(v.value) === String(row.value))) {
      options.unshift({ value: row.value, label: String(row.value) });
    }
    return (
      <SelectField
        label={<ContextLabel text="Value" context={context} />}
        name={`${id}-value`}
        options={[{ value: '', label: 'Choose a value' }, ...options]}
        value={row.value}
        onChange={(text) => set(typed(field, text))}
      />
    );
  }
  return (
    <TextValue
      id={id}
      number={field.type === 'float'}
      label={<ContextLabel text="Value" context={context} />}
      value={row.value}
      onValue={(text) => set(typed(field, text))}
    />
  );
}

function TextValue({ id, label, value, number = false, onValue }) {
  const inputId = `field-${id}-value`;
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type={number ? 'number' : 'text'}
        inputMode={number ? 'decimal' : undefined}
        autocomplete="off"
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
