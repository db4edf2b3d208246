// Rejecting a suggestion: a reason is required, because the advocate reads
// it next to their suggestion.
import { useEffect, useRef, useState } from 'preact/hooks';
import { rejectSuggestion } from '../api/suggestions.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { useFocusFirstError } from '../lib/focusFirstError.js';
import { FormField } from './FormField.jsx';
import { FormFailure } from './FormFailure.jsx';

const REASON_MIN = 3;

export function RejectForm({ item, onDone, onCancel }) {
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const form = useRef(null);
  useEffect(() => form.current.querySelector('textarea').focus(), []);
  useFocusFirstError(form, failure);
  const problem = failure && failure.fields.reason;

  const submit = async (event) => {
    event.preventDefault();
    if (reason.trim().length < REASON_MIN) {
      return setFailure({ fields: { reason: `Say why, in at least ${REASON_MIN} characters.` } });
    }
    setBusy(true);
    try {
      onDone(await rejectSuggestion(item.id, reason.trim()));
    } catch (err) {
      const fields = flattenFieldErrors(err.fields);
      setFailure({ fields, message: Object.keys(fields).length ? null : err.message });
      setBusy(false);
    }
  };

  return (
    <form class="form review-form" ref={form} onSubmit={submit} noValidate>
      <FormField
        label="Reason"
        name={`review-${item.id}-reason`}
        multiline
        rows={3}
        maxLength={500}
        value={reason}
        error={problem}
        hint={`${item.suggester.display_name} will see this.`}
        onInput={(event) => setReason(event.currentTarget.value)}
      />
      <FormFailure failure={failure} />
      <div class="review-actions">
        <button type="button" class="btn btn-secondary btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary btn-small" disabled={busy}>
          Reject suggestion
        </button>
      </div>
    </form>
  );
}
