// The value of one builder row: a list to pick from where the server knows
// the values (networks, tags, teams, days), checkboxes for "is one of", or
// typed (a number for number fields). Values keep the field's type.
import { takesList } from '../../lib/conditionBuilder.js';
import { SelectField } from '../../components/SelectField.jsx';
import { ContextLabel } from './ContextLabel.jsx';

// A value typed or picked as text, back to the type the field holds.
function typed(field, text) {
  const known = (field.values || []).find((v) => String(v.value) === String(text));
  if (known) return known.value;
  if (field.type === 'float') return text.trim() === '' ? '' : Number(text);
  return text;
}

export function ValuePicker({ id, context, field, row, onChange }) {
  const values = field.values || [];
  const set = (value) => onChange({ ...row, value });
  if (takesList(row.kind) && values.length) {
    return <ValueChecks context={context} values={values} chosen={row.value || []} onChange={set} />;
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

// "Is one of": a checkbox per known value.
function ValueChecks({ context, values, chosen, onChange }) {
  const on = new Set(chosen.map(String));
  const toggle = (v, checked) =>
    onChange(checked ? [...chosen, v.value] : chosen.filter((x) => String(x) !== String(v.value)));
  return (
    <fieldset class="builder-values">
      <legend>
        <ContextLabel text="Values" context={context} />
      </legend>
      {values.map((v) => (
        <label class="check" key={String(v.value)}>
          <input
            type="checkbox"
            checked={on.has(String(v.value))}
            onChange={(event) => toggle(v, event.currentTarget.checked)}
          />
          {v.label || String(v.value)}
        </label>
      ))}
    </fieldset>
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
