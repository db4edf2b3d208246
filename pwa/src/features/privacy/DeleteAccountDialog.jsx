// Confirms account deletion with the password (a borrowed, unlocked phone
// must not be enough).
import { useState } from 'preact/hooks';
import { askDeletion } from '../../api/privacy.js';
import { FormDialog } from '../../components/FormDialog.jsx';
import { FormField } from '../../components/FormField.jsx';

export function DeleteAccountDialog({ onAsked, onCancel }) {
  const [password, setPassword] = useState('');
  return (
    <FormDialog
      id="delete-dialog"
      className="delete-dialog"
      title="Delete your account?"
      description="It is deleted in 7 days unless you cancel. Enter your password to confirm it's you."
      field="password"
      actions={{ cancel: 'Keep my account', submit: 'Delete in 7 days', tone: 'btn-danger' }}
      onSubmit={async () => onAsked(await askDeletion(password))}
      onCancel={onCancel}
    >
      {(fieldError) => (
        <FormField
          label="Password"
          name="deletion-password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={fieldError}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      )}
    </FormDialog>
  );
}
