// One collapsible section of the Rules draft (Badges, Levels…). The summary
// holds only the section's name, so it reads (and can be found) as exactly
// that; how many items and whether it's edited, or instead how many
// problems the server found (kept short to fit a 360px screen), sit next
// to it and describe it. A refused preview or publish opens every section
// it names, so the messages on its cards are visible.
import { useEffect, useState } from 'preact/hooks';

export function SectionDisclosure({ id, title, count, noun, changes, problems, openOn, children }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (problems > 0) setOpen(true);
  }, [openOn]);
  const statusId = `${id}-status`;
  return (
    <div class={`rule-section${changes ? ' is-edited' : ''}`} id={id}>
      <details
        class="disclosure section-disclosure"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary aria-describedby={statusId}>{title}</summary>
        <div class="section-body">{children}</div>
      </details>
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
  );
}
