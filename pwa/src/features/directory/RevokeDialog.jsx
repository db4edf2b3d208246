// Asks before revoking a token: the directory holding it stops syncing at once.
import { useState } from 'preact/hooks';
import { revokeDirectoryToken } from '../../api/directory.js';
import { Sheet } from '../../components/Sheet.jsx';

export function RevokeDialog({ token, onClose, onRevoked }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

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
    <Sheet
      id="revoke"
      title={`Revoke ${token.name}'s token?`}
      description={
        `${token.name} will be refused from its next sync, and people and teams stop following changes there. ` +
        "Nobody is signed out or deactivated. This can't be undone: to sync again, make a new token."
      }
      className="directory-dialog"
      role="alertdialog"
      onClose={onClose}
    >
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
    </Sheet>
  );
}
