// The People screen's parts as links (each has its own address, so Back and
// bookmarks work); the current one is marked for screen readers.
const PARTS = [
  { value: 'people', label: 'People', href: '#/people' },
  { value: 'invitations', label: 'Invitations', href: '#/people/invitations' },
  { value: 'import', label: 'Import', href: '#/people/import' },
];

export function PeopleTabs({ part }) {
  return (
    <nav class="people-tabs" aria-label="People sections">
      {PARTS.map((p) => (
        <a key={p.value} class="people-tab" href={p.href} aria-current={p.value === part ? 'page' : undefined}>
          {p.label}
        </a>
      ))}
    </nav>
  );
}
