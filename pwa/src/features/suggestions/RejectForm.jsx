// Rejecting a suggestion: a reason is required, because the advocate reads
// it next to their suggestion.
import { useEffect, useState } from 'preact/hooks';
import { rejectSuggestion } from '../../api/suggestions.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

const REASON_MIN = 3;

export function RejectForm({ item, onDone, onCancel }) {
  const [reason, setReason] = useState('');
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => ({
      reason: reason.trim().length < REASON_MIN && `Say why, in at least ${REASON_MIN} characters.`,
    }),
    send: async () => onDone(await rejectSuggestion(item.id, reason.trim())),
  });
  useEffect(() => form.current.querySelector('textarea').focus(), []);

  return (
    <form class="form review-form" ref={form} onSubmit={submit} noValidate>
      <FormField
        label="Reason"
        name={`review-${item.id}-reason`}
        multiline
        rows={3}
        maxLength={500}
        value={reason}
        error={fieldError('reason')}
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
