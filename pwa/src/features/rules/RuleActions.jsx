// The Rules screen's action bar: how much is edited ("3 changes · not
// published"), Preview changes and
// Publish rules. It sticks above the tab bar while scrolling the rule cards,
// so the admin can preview without scrolling to the end.
import { Icon } from '../../components/Icon.jsx';

export function RuleActions({ changes, busy, onPreview, onPublish }) {
  return (
    <div class="rule-actions">
      <p class="rule-actions-status">{status(changes)}</p>
      <div class="rule-actions-buttons">
        <ActionButton kind="preview" busy={busy} class="btn-secondary" onClick={onPreview}>
          Preview changes
        </ActionButton>
        <ActionButton kind="publish" busy={busy} class="btn-primary" onClick={onPublish}>
          Publish rules
        </ActionButton>
      </div>
    </div>
  );
}

function status(changes) {
  if (!changes) return 'No edits yet';
  return `${changes} ${changes === 1 ? 'change' : 'changes'} · not published`;
}

// The label never changes while working (tests and screen readers rely on
// it); a spinner and aria-busy say it is in progress.
function ActionButton({ kind, busy, class: tone, onClick, children }) {
  const working = busy === kind;
  return (
    <button
      type="button"
      class={`btn ${tone}`}
      disabled={Boolean(busy)}
      aria-busy={working ? 'true' : undefined}
      onClick={onClick}
    >
      {working && <Icon name="refresh" size={18} class="spin" />}
      {children}
    </button>
  );
}
