// Adding or editing a reward, in a sheet: title, description, image (upload
// or address), cost, stock (blank for unlimited), a limit per person per
// period, and the charity when it is a donation. The browser's checks and the
// server's refusals both show under their field.
import { useState } from 'preact/hooks';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { FormField } from '../../components/FormField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { Sheet } from '../../components/Sheet.jsx';
import { ImageField } from '../library/ImageField.jsx';
import { draftOf, draftProblems, rewardBody } from './rewardDraft.js';
import { PERIODS } from './rewardWords.js';
import { createReward, updateReward } from './rewardsApi.js';

const PERIOD_OPTIONS = PERIODS.map((p) => ({ value: p.value, label: p.value === 'ever' ? 'ever (once in all)' : p.value }));

export function RewardDialog({ reward, onSaved, onCancel }) {
  const [draft, setDraft] = useState(() => draftOf(reward));
  const set = (name) => (value) => setDraft((d) => ({ ...d, [name]: value }));
  const typed = (name) => (event) => set(name)(event.currentTarget.value);
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => draftProblems(draft),
    send: async () => {
      const body = rewardBody(draft);
      onSaved(await (reward ? updateReward(reward.id, body) : createReward(body)), !reward);
    },
  });
  return (
    <Sheet
      id="reward-form"
      title={reward ? `Edit ${reward.title}` : 'Add a reward'}
      className="reward-sheet"
      closeLabel="Cancel"
      focusFirst
      onClose={onCancel}
    >
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <FormField
          label="Title"
          name="title"
          value={draft.title}
          onInput={typed('title')}
          maxLength={120}
          error={fieldError('title')}
        />
        <FormField
          label="Description"
          name="description"
          multiline
          optional
          rows={3}
          value={draft.description}
          onInput={typed('description')}
          error={fieldError('description')}
        />
        <ImageField value={draft.image_url} onChange={set('image_url')} error={fieldError('image_url')} />
        <div class="reward-form-row">
          <FormField
            label="Cost in points"
            name="cost"
            inputMode="numeric"
            value={draft.cost}
            onInput={typed('cost')}
            error={fieldError('cost')}
          />
          <FormField
            label="Stock"
            name="stock"
            inputMode="numeric"
            hint="Blank for unlimited."
            value={draft.stock}
            onInput={typed('stock')}
            error={fieldError('stock')}
          />
        </div>
        <div class="reward-form-row">
          <FormField
            label="Limit per person"
            name="per_person_limit"
            inputMode="numeric"
            hint="Blank for no limit."
            value={draft.per_person_limit}
            onInput={typed('per_person_limit')}
            error={fieldError('per_person_limit')}
          />
          <SelectField
            label="Per"
            name="limit_period"
            options={PERIOD_OPTIONS}
            value={draft.limit_period}
            onChange={set('limit_period')}
            error={fieldError('limit_period')}
          />
        </div>
        <FormField
          label="Charity"
          name="charity"
          optional
          hint="For a donation: the charity it goes to. Nothing is sent to the advocate."
          value={draft.charity}
          onInput={typed('charity')}
          maxLength={120}
          error={fieldError('charity')}
        />
        <FormFailure failure={failure} />
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {reward ? 'Save changes' : 'Add reward'}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
