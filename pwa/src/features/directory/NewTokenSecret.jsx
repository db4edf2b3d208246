// A token's secret, right after it was made: the only time it is shown.
import { useEffect, useRef } from 'preact/hooks';
import { CopyField } from './CopyField.jsx';

export function NewTokenSecret({ token, onDone }) {
  const box = useRef(null);
  useEffect(() => box.current && box.current.focus(), []);
  return (
    <div class="directory-secret" ref={box} tabIndex={-1} aria-labelledby="new-token-title">
      <h3 id="new-token-title">{token.name}'s token</h3>
      <p class="directory-warning" role="note">
        <strong>Copy it now: this is the only time it is shown.</strong> Amplify keeps only a fingerprint of it, so
        nobody can show it again. Paste it as the Secret Token (Entra ID) or API token (Okta), and don't send it by
        email or chat. If it is lost, make a new one and revoke this one.
      </p>
      <CopyField
        id="new-token"
        label="Token"
        value={token.token}
        secret
        copiedText="Copied. Paste it into your directory now."
      />
      <button type="button" class="btn btn-secondary" onClick={onDone}>
        I've copied it
      </button>
    </div>
  );
}
