// The frame shared by badge, campaign and team-challenge cards: a heading
// with the item's id and an "Off" / "New" / "Edited" mark, what it does in
// a sentence, what the server refused about it as a whole, its fields, and
// Duplicate, Disable / Enable and Remove last, out of the way. The
// fields sit in a group named by the heading, so a screen reader says
// which card a field belongs to and reads the refusal on entering it.
export function ItemCard(props) {
  const { kind, itemKey, title, id, status, problems, attrs, sentence, enabled = true, children } = props;
  const titleId = `${itemKey}-title`;
  const problemsId = `${itemKey}-problems`;
  return (
    <li class={`card item-card${status ? ' is-edited' : ''}${enabled ? '' : ' is-off'}`} {...attrs}>
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
          {!enabled && <span class="rule-off">Off</span>}
          {status && <span class="rule-edited">{status === 'new' ? 'New' : 'Edited'}</span>}
        </div>
        {sentence && <p class="rule-sentence">{sentence}</p>}
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
        <ItemButtons {...props} />
      </div>
    </li>
  );
}

function ItemButtons({ kind, title, enabled = true, onDuplicate, onToggle, onRemove }) {
  const which = <span class="sr-only"> {title}</span>;
  return (
    <div class="item-card-actions">
      {onDuplicate && (
        <button type="button" class="btn btn-secondary btn-small" onClick={onDuplicate}>
          Duplicate{which}
        </button>
      )}
      {onToggle && (
        <button type="button" class="btn btn-secondary btn-small" onClick={onToggle}>
          {enabled ? 'Disable' : 'Enable'}
          {which}
        </button>
      )}
      <button type="button" class="btn btn-secondary btn-small remove-btn" onClick={onRemove}>
        Remove {kind}
        {which}
      </button>
    </div>
  );
}
