// Directory sync, for admins: what it does in plain words, the SCIM address
// to paste into Entra ID or Okta, and the tokens those directories sign in
// with: make one (its secret shown once), see when each was last used, and
// revoke one. Loaded on demand with its stylesheet.
import './directory.css';
import { useState } from 'preact/hooks';
import { fetchDirectoryTokens } from '../../api/directory.js';
import { useResource } from '../../lib/useResource.js';
import { showToast } from '../../state/toasts.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { CopyField } from './CopyField.jsx';
import { NewTokenForm } from './NewTokenForm.jsx';
import { NewTokenSecret } from './NewTokenSecret.jsx';
import { TokenTable } from './TokenTable.jsx';
import { RevokeDialog } from './RevokeDialog.jsx';

export default function DirectorySync({ me }) {
  if (!me || me.role !== 'admin') {
    return (
      <section class="screen directory-screen" aria-labelledby="directory-title">
        <h1 id="directory-title">Directory sync</h1>
        <EmptyState icon="lock" title="For admins">
          Only an admin can connect Amplify to the company directory.
        </EmptyState>
      </section>
    );
  }
  return <DirectorySettings />;
}

function DirectorySettings() {
  const tokens = useResource(fetchDirectoryTokens, 'directory-tokens');
  const [made, setMade] = useState(null); // the new token, with its secret, until dismissed
  const [revoking, setRevoking] = useState(null);

  const onMade = (token) => {
    setMade(token);
    tokens.reload();
  };
  const onRevoked = (token) => {
    setRevoking(null);
    if (made && made.id === token.id) setMade(null);
    showToast({ tone: 'success', title: `${token.name}'s token is revoked.`, detail: 'That directory can no longer sync.' });
    tokens.reload();
  };

  return (
    <section class="screen directory-screen" aria-labelledby="directory-title">
      <div class="screen-header">
        <div>
          <h1 id="directory-title">Directory sync</h1>
          <p class="screen-subtitle">Let your company directory keep Amplify's people and teams up to date.</p>
        </div>
      </div>
      <Explanation />
      {tokens.status === 'error' && <ErrorState error={tokens.error} onRetry={tokens.reload} />}
      {tokens.data && (
        <div class="directory-setup">
          <h2>1. Give your directory this address</h2>
          <CopyField
            id="scim-url"
            label="SCIM base URL (Tenant URL in Entra ID, SCIM connector base URL in Okta)"
            value={tokens.data.scim_url}
            copiedText="Copied. Paste it into your directory's provisioning settings."
          />
          <h2>2. Give it a token</h2>
          {made ? <NewTokenSecret token={made} onDone={() => setMade(null)} /> : <NewTokenForm onMade={onMade} />}
          <h2 id="tokens-title">Tokens</h2>
          <TokenTable items={tokens.data.items} onRevoke={setRevoking} />
        </div>
      )}
      {revoking && <RevokeDialog token={revoking} onClose={() => setRevoking(null)} onRevoked={onRevoked} />}
    </section>
  );
}

function Explanation() {
  return (
    <div class="directory-explain">
      <p>
        Directory sync connects Amplify to Microsoft Entra ID or Okta over SCIM 2.0, the standard both use to
        provision apps. Once it is set up, your directory does the work:
      </p>
      <ul>
        <li>People assigned to Amplify there get an account here, as advocates, and sign in with single sign-on.</li>
        <li>Groups become teams, and a group's members are moved into its team.</li>
        <li>Name, email, department and manager changes follow automatically.</li>
        <li>
          Someone removed or disabled there is deactivated here at once: signed out everywhere, with their points and
          history kept. Nobody is ever deleted by the directory.
        </li>
      </ul>
    </div>
  );
}
