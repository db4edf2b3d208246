// One part of the programme besides point rules (Badges, Levels…), shown
// on the right when chosen in the list: its name as a heading, how many
// items and whether it's edited, or how many problems the server found.
export function SectionPanel({ id, title, count, noun, changes, problems, children }) {
  const statusId = `${id}-status`;
  return (
    <section class={`card rule-section${changes ? ' is-edited' : ''}`} id={id} aria-labelledby={`${id}-title`}>
      <div class="rule-head">
        <h2 class="rule-name" id={`${id}-title`} tabIndex={-1} aria-describedby={statusId}>
          {title}
        </h2>
        <p class="section-status" id={statusId}>
          {problems > 0 ? (
            <span class="section-chip is-problem">
              {problems} {problems === 1 ? 'problem' : 'problems'}
            </span>
          ) : (
            <>
              {count !== undefined && (
                <span class="section-meta">
                  {count}
                  <span class="sr-only"> {noun}</span>
                </span>
              )}{' '}
              {changes > 0 && <span class="section-chip">Edited</span>}
            </>
          )}
        </p>
      </div>
      <div class="section-body">{children}</div>
    </section>
  );
}
