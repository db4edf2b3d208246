// Asks before revoking a token: the directory holding it stops syncing at once.
import { useRef, useState } from 'preact/hooks';
import { revokeDirectoryToken } from '../../api/directory.js';
import { useFocusTrap } from '../../lib/focusTrap.js';
import { useInertOutside } from '../../lib/inertOutside.js';

export function RevokeDialog({ token, onClose, onRevoked }) {
  const layer = useRef(null);
  const dialog = useRef(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  useFocusTrap(dialog, onClose);
  useInertOutside(layer);

  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      onRevoked(await revokeDirectoryToken(token.id));
    } catch (err) {
      setError(err.message);
      setBusy(false);
    }
  };

  return (
    <div class="sheet-layer" ref={layer}>
      <div class="sheet-backdrop" onClick={onClose} />
      <div
        class="sheet directory-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="revoke-title"
        aria-describedby="revoke-text"
        tabIndex={-1}
        ref={dialog}
      >
        <h2 id="revoke-title">Revoke {token.name}'s token?</h2>
        <p id="revoke-text">
          {token.name} will be refused from its next sync, and people and teams stop following changes there. Nobody is
          signed out or deactivated. This can't be undone: to sync again, make a new token.
        </p>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        <div class="directory-dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onClose}>
            Keep it
          </button>
          <button type="button" class="btn btn-danger" onClick={revoke} disabled={busy}>
            {busy ? 'Revoking…' : 'Revoke token'}
          </button>
        </div>
      </div>
    </div>
  );
}
