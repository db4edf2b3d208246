// A screen's parts as links (each has its own address, so Back and bookmarks
// work); the current one is marked for screen readers. `parts`: [{value,
// label, href}].
export function SectionTabs({ label, parts, current }) {
  return (
    <nav class="section-tabs" aria-label={label}>
      {parts.map((p) => (
        <a key={p.value} class="section-tab" href={p.href} aria-current={p.value === current ? 'page' : undefined}>
          {p.label}
        </a>
      ))}
    </nav>
  );
}
