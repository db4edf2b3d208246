// One row of the condition builder: a field the event has, an operator that
// suits it, and a value (ValuePicker). Changing the field starts over with
// its first operator; changing the operator keeps the value where it can.
import { opKind, rowFor, rowKind, takesList } from '../../lib/conditionBuilder.js';
import { SelectField } from '../../components/SelectField.jsx';
import { Icon } from '../../components/Icon.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { ValuePicker } from './ValuePicker.jsx';

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
