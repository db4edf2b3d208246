// A readable diff between two rule sets (GET or POST /rules/diff): one line
// per added, removed, enabled or disabled item with what it does (or did),
// and for a changed one each field that changed, before → after.
import { diffSentence, diffTitle, diffValue } from '../../lib/diffWords.js';

export function DiffList({ changes, empty = 'No differences.' }) {
  if (!changes.length) return <p class="muted-note">{empty}</p>;
  return (
    <ul class="diff-list" data-testid="rule-diff">
      {changes.map((change, i) => (
        <li key={i} class={`diff-item is-${change.change}`}>
          <p class="diff-title">{diffTitle(change)}</p>
          {diffSentence(change) && <p class="diff-sentence">{diffSentence(change)}</p>}
          {change.change === 'changed' && (change.fields || []).length > 0 && (
            <ul class="diff-fields">
              {change.fields.map((f) => (
                <li key={f.field}>
                  <span class="diff-label">{f.label || f.field}: </span>
                  <del>{diffValue(f.before)}</del>
                  <span aria-hidden="true"> → </span>
                  <span class="sr-only"> becomes </span>
                  <ins>{diffValue(f.after)}</ins>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
