// The frame shared by badge, campaign and team-challenge cards: a heading
// with the item's id and a "New" / "Edited" mark, what the server refused
// about it as a whole, its fields, and Remove last, out of the way. The
// fields sit in a group named by the heading, so a screen reader says
// which card a field belongs to and reads the refusal on entering it.
export function ItemCard({ kind, itemKey, title, id, status, problems, attrs, onRemove, children }) {
  const titleId = `${itemKey}-title`;
  const problemsId = `${itemKey}-problems`;
  return (
    <li class={`card item-card${status ? ' is-edited' : ''}`} {...attrs}>
      <div
        class="item-card-body"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={problems.length ? problemsId : undefined}
      >
        <div class="rule-head">
          <h3 class="rule-name" id={titleId}>
            {title}
          </h3>
          {status && <span class="rule-edited">{status === 'new' ? 'New' : 'Edited'}</span>}
        </div>
        <p class="rule-meta">
          {kind} id <code>{id}</code>
        </p>
        {problems.length > 0 && (
          <div class="card-problems" id={problemsId}>
            <p>The server refused this:</p>
            <ul>
              {problems.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {children}
        <button type="button" class="btn btn-secondary btn-small remove-btn" onClick={onRemove}>
          Remove {kind}
          <span class="sr-only"> {title}</span>
        </button>
      </div>
    </li>
  );
}
