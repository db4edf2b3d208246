// Admins: how many days raw clicks are kept before the daily clean-up
// deletes them. Dashboards keep their totals (they read the rollups).
import { useState } from 'preact/hooks';
import { fetchOrganisation, updateClickRetention } from '../api/privacy.js';
import { useResource } from '../lib/useResource.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { announce } from '../state/announcer.js';
import { NumberField } from './NumberField.jsx';
import { ErrorState } from './StatusViews.jsx';

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
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await updateClickRetention(days));
      announce(`Raw clicks are now kept for ${days} days.`);
    } catch (err) {
      setError(err);
      event.target.querySelector('input').focus();
    }
    setBusy(false);
  };
  const fieldError = error && flattenFieldErrors(error.fields).click_retention_days;
  return (
    <form class="card privacy-card form" onSubmit={submit} noValidate>
      <h2>Click retention</h2>
      <NumberField
        label="Keep raw clicks for (days)"
        name="click-retention-days"
        min={30}
        max={3650}
        value={days}
        onValue={setDays}
        error={fieldError}
        hint="30 to 3650. Older click rows are deleted every night; dashboards keep their totals."
      />
      {error && !fieldError && (
        <p class="form-error" role="alert">
          {error.message}
        </p>
      )}
      <div class="dialog-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || days === saved}>
          Save
        </button>
      </div>
    </form>
  );
}
