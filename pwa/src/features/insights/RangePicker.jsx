// The Insights period: four presets as toggle buttons, and From / To date
// fields that show (and can change) the exact days. A typed range is only
// used once both dates are real and in order, so half-typed dates never
// reload the figures.
import { useEffect, useState } from 'preact/hooks';
import { PRESETS, presetRange, matchPreset, rangeProblem, isoDay } from '../../lib/dateRange.js';
import { FormField } from '../../components/FormField.jsx';

export function RangePicker({ value, onChange }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value.from, value.to]);
  const today = new Date();
  const pressed = matchPreset(value, today);
  const problem = rangeProblem(draft);

  const edit = (field) => (event) => {
    const next = { ...draft, [field]: event.currentTarget.value };
    setDraft(next);
    if (!rangeProblem(next)) onChange(next);
  };

  return (
    <fieldset class="fieldset range-picker">
      <legend>Period</legend>
      <div class="preset-grid">
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            class="preset-btn"
            aria-pressed={pressed === preset.id ? 'true' : 'false'}
            onClick={() => onChange(presetRange(preset.id, today))}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div class="date-fields">
        <FormField
          label="From"
          name="insights-from"
          type="date"
          value={draft.from}
          max={draft.to || isoDay(today)}
          error={problem && !draft.from ? problem : undefined}
          onChange={edit('from')}
        />
        <FormField
          label="To"
          name="insights-to"
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          max={isoDay(today)}
          error={problem && draft.from ? problem : undefined}
          onChange={edit('to')}
        />
      </div>
    </fieldset>
  );
}
