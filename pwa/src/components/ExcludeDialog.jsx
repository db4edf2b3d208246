// Asks why someone should not get a prize. The reason is recorded with the
// manager's name; the next eligible person moves up in the preview. Focus
// stays inside until it is done or cancelled (Escape cancels).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFocusTrap } from '../lib/focusTrap.js';
import { useInertOutside } from '../lib/inertOutside.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { FormField } from './FormField.jsx';
import { Icon } from './Icon.jsx';

export function ExcludeDialog({ prize, winner, onExclude, onCancel }) {
  const layer = useRef(null);
  const dialog = useRef(null);
  useFocusTrap(dialog, onCancel);
  useInertOutside(layer);
  const focusReason = () => dialog.current.querySelector('textarea').focus();
  useEffect(focusReason, []);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onExclude(reason.trim());
    } catch (err) {
      setError(err);
      setBusy(false);
      focusReason();
    }
  };
  const fieldError = error && flattenFieldErrors(error.fields).reason;
  const next = prize.method === 'best_team' ? 'team' : 'person';
  return (
    <div class="sheet-layer" ref={layer}>
      <div class="sheet-backdrop" onClick={onCancel} />
      <div
        class="sheet exclude-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="exclude-title"
        aria-describedby="exclude-text"
        tabIndex={-1}
        ref={dialog}
      >
        <div class="sheet-header">
          <h2 id="exclude-title">Exclude {winner.name}?</h2>
          <button type="button" class="icon-btn" aria-label="Cancel" onClick={onCancel}>
            <Icon name="close" />
          </button>
        </div>
        <p id="exclude-text" class="exclude-text">
          They won't get “{prize.title}”; the next eligible {next} moves up. Your reason is kept
          with the month's record.
        </p>
        <form class="form" onSubmit={submit} noValidate>
          <FormField
            label="Reason"
            name="exclusion-reason"
            multiline
            rows={3}
            maxLength={500}
            value={reason}
            error={fieldError}
            hint="At least 3 characters, e.g. “Left the company in March”."
            onInput={(event) => setReason(event.currentTarget.value)}
          />
          {error && !fieldError && (
            <p class="form-error" role="alert">
              {error.message}
            </p>
          )}
          <div class="dialog-actions">
            <button type="button" class="btn btn-secondary" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" class="btn btn-primary" disabled={busy}>
              Exclude
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
