// Name a new token after the directory that will hold it, and make it.
import { useState } from 'preact/hooks';
import { makeDirectoryToken } from '../../api/directory.js';
import { FormField } from '../../components/FormField.jsx';

export function NewTokenForm({ onMade }) {
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name the directory this token is for, such as Entra ID or Okta.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onMade(await makeDirectoryToken(name.trim()));
      setName('');
    } catch (err) {
      setError((err.fields && err.fields.name && err.fields.name[0]) || err.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="directory-new-token" onSubmit={submit} noValidate>
      <FormField
        label="Which directory is this token for?"
        name="token-name"
        hint="One token per directory, so you can revoke one without stopping the others."
        placeholder="Entra ID"
        maxLength={80}
        value={name}
        error={error}
        onInput={(event) => setName(event.currentTarget.value)}
      />
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {busy ? 'Making…' : 'Make token'}
      </button>
    </form>
  );
}
