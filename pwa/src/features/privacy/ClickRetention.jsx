// Admins: how many days raw clicks are kept before the daily clean-up
// deletes them. Dashboards keep their totals (they read the rollups).
import { useState } from 'preact/hooks';
import { fetchOrganisation, updateClickRetention } from '../../api/privacy.js';
import { useResource } from '../../lib/useResource.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalShowing } from '../../lib/formFailure.js';
import { announce } from '../../state/announcer.js';
import { FormFailure } from '../../components/FormFailure.jsx';
import { NumberField } from '../../components/NumberField.jsx';
import { ErrorState } from '../../components/StatusViews.jsx';

export function ClickRetention() {
  const organisation = useResource(fetchOrganisation, 'organisation');
  if (organisation.status === 'loading') return <p class="loading-line">Loading…</p>;
  if (organisation.status === 'error') {
    return <ErrorState error={organisation.error} onRetry={organisation.reload} />;
  }
  return <RetentionForm saved={organisation.data.click_retention_days} onSaved={organisation.replace} />;
}

function RetentionForm({ saved, onSaved }) {
  const [days, setDays] = useState(saved);
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    send: async () => {
      onSaved(await updateClickRetention(days));
      announce(`Raw clicks are now kept for ${days} days.`);
    },
    refusal: refusalShowing(['click_retention_days']),
  });
  return (
    <form class="card privacy-card form" ref={form} onSubmit={submit} noValidate>
      <h2>Click retention</h2>
      <NumberField
        label="Keep raw clicks for (days)"
        name="click-retention-days"
        min={30}
        max={3650}
        value={days}
        onValue={setDays}
        error={fieldError('click_retention_days')}
        hint="30 to 3650. Older click rows are deleted every night; dashboards keep their totals."
      />
      <FormFailure failure={failure} />
      <div class="dialog-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || days === saved}>
          Save
        </button>
      </div>
    </form>
  );
}
