// Adding or changing one prize. Every field is labelled; the server's
// message for a field shows under it and focus moves to the first one.
import { useState } from 'preact/hooks';
import { EMPTY_DRAFT, draftFromPrize } from './prizeDraft.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalShowing } from '../../lib/formFailure.js';
import { METHODS, howChosen } from './prizeWords.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { NumberField } from '../../components/NumberField.jsx';
import { SelectField } from '../../components/SelectField.jsx';

export function PrizeForm({ prize, onSave, onCancel }) {
  const [draft, setDraft] = useState(() => (prize ? draftFromPrize(prize) : { ...EMPTY_DRAFT }));
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    send: () => onSave(draft, prize),
    refusal: refusalShowing(Object.keys(EMPTY_DRAFT)),
  });
  const set = (name) => (value) => setDraft((d) => ({ ...d, [name]: value }));
  const text = (name) => (event) => set(name)(event.currentTarget.value);
  const id = prize ? prize.id : 'new';
  const field = (name) => ({ name: `prize-${id}-${name}`, error: fieldError(name) });
  const minimum = draft.method === 'best_team' ? 'Minimum points per member' : 'Minimum points';
  return (
    <form
      class="form prize-form"
      ref={form}
      onSubmit={submit}
      noValidate
      aria-label={prize ? `Edit ${prize.title}` : 'New prize'}
    >
      <FormField label="Title" value={draft.title} onInput={text('title')} {...field('title')} />
      <FormField
        label="Description"
        optional
        multiline
        rows={2}
        value={draft.description}
        onInput={text('description')}
        {...field('description')}
      />
      <FormField
        label="Image link"
        optional
        type="url"
        inputMode="url"
        value={draft.image_url}
        hint="A picture of the prize: an https:// address."
        onInput={text('image_url')}
        {...field('image_url')}
      />
      <SelectField
        label="How winners are chosen"
        options={METHODS}
        value={draft.method}
        hint={howChosen({ ...draft, quantity: Number(draft.quantity) || 1 })}
        onChange={set('method')}
        {...field('method')}
      />
      <div class="prize-numbers">
        <NumberField
          label="How many to give"
          value={draft.quantity}
          onValue={set('quantity')}
          {...field('quantity')}
        />
        <NumberField
          label={minimum}
          value={draft.min_points}
          onValue={set('min_points')}
          {...field('min_points')}
        />
        {draft.method !== 'best_team' && (
          <NumberField
            label="Minimum days with a share"
            value={draft.min_active_days}
            onValue={set('min_active_days')}
            {...field('min_active_days')}
          />
        )}
        {draft.method === 'raffle' && (
          <NumberField
            label="Most tickets per person"
            value={draft.ticket_cap}
            hint="One ticket per point, up to this many."
            onValue={set('ticket_cap')}
            {...field('ticket_cap')}
          />
        )}
      </div>
      {draft.method !== 'best_team' && (
        <label class="check">
          <input
            type="checkbox"
            checked={draft.allow_repeat}
            onChange={(event) => set('allow_repeat')(event.currentTarget.checked)}
          />
          Can go to someone who already won a prize this month
        </label>
      )}
      <FormFailure failure={failure} />
      <div class="dialog-actions">
        <button type="button" class="btn btn-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {prize ? 'Save changes' : 'Add prize'}
        </button>
      </div>
    </form>
  );
}
