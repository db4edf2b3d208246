// Confirms account deletion with the password (a borrowed, unlocked phone
// must not be enough). Focus stays inside until it is done or cancelled.
import { useEffect, useRef, useState } from 'preact/hooks';
import { askDeletion } from '../api/privacy.js';
import { useFocusTrap } from '../lib/focusTrap.js';
import { useInertOutside } from '../lib/inertOutside.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { FormField } from './FormField.jsx';
import { Icon } from './Icon.jsx';

export function DeleteAccountDialog({ onAsked, onCancel }) {
  const layer = useRef(null);
  const dialog = useRef(null);
  useFocusTrap(dialog, onCancel);
  useInertOutside(layer);
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const focusPassword = () => dialog.current.querySelector('input').focus();
  useEffect(focusPassword, []);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAsked(await askDeletion(password));
    } catch (err) {
      setError(err);
      setBusy(false);
      focusPassword();
    }
  };
  const fieldError = error && flattenFieldErrors(error.fields).password;
  return (
    <div class="sheet-layer" ref={layer}>
      <div class="sheet-backdrop" onClick={onCancel} />
      <div
        class="sheet delete-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="delete-dialog-title"
        aria-describedby="delete-dialog-text"
        tabIndex={-1}
        ref={dialog}
      >
        <div class="sheet-header">
          <h2 id="delete-dialog-title">Delete your account?</h2>
          <button type="button" class="icon-btn" aria-label="Cancel" onClick={onCancel}>
            <Icon name="close" />
          </button>
        </div>
        <p id="delete-dialog-text">
          It is deleted in 7 days unless you cancel. Enter your password to confirm it's you.
        </p>
        <form class="form" onSubmit={submit} noValidate>
          <FormField
            label="Password"
            name="deletion-password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={fieldError}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
          {error && !fieldError && (
            <p class="form-error" role="alert">
              {error.message}
            </p>
          )}
          <div class="dialog-actions">
            <button type="button" class="btn btn-secondary" onClick={onCancel}>
              Keep my account
            </button>
            <button type="submit" class="btn btn-danger" disabled={busy}>
              Delete in 7 days
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
