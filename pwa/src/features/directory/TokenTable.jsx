// Every token, newest first: when it was made and by whom, when a directory
// last used it, and whether it is revoked.
import { shortDate } from '../../lib/accountDates.js';
import { EmptyState } from '../../components/StatusViews.jsx';

export function TokenTable({ items, onRevoke }) {
  if (!items.length) {
    return (
      <EmptyState icon="lock" title="No tokens yet">
        Make one above for each directory that provisions people into Amplify.
      </EmptyState>
    );
  }
  return (
    <div class="directory-table-box" role="region" aria-labelledby="tokens-title" tabIndex={0}>
      <table class="directory-table">
        <thead>
          <tr>
            <th scope="col">Directory</th>
            <th scope="col">Made</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((token) => (
            <TokenRow key={token.id} token={token} onRevoke={onRevoke} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TokenRow({ token, onRevoke }) {
  const revoked = Boolean(token.revoked_at);
  return (
    <tr class={revoked ? 'is-revoked' : ''} data-token={token.name}>
      <th scope="row">{token.name}</th>
      <td>
        {shortDate(token.created_at)}
        {token.created_by && <span class="directory-by"> by {token.created_by}</span>}
      </td>
      <td>{token.last_used_at ? shortDate(token.last_used_at) : 'Never'}</td>
      <td>{revoked ? `Revoked ${shortDate(token.revoked_at)}` : 'Active'}</td>
      <td class="directory-actions">
        {!revoked && (
          <button type="button" class="btn btn-secondary btn-small" onClick={() => onRevoke(token)}>
            Revoke<span class="sr-only"> {token.name}'s token</span>
          </button>
        )}
      </td>
    </tr>
  );
}
