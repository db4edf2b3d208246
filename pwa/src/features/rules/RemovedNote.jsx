// Items in force that the draft drops, named so a removal isn't silent:
// they disappear for advocates only when the draft is published.
export function RemovedNote({ items, originals }) {
  const kept = new Set(items.map((item) => item.id));
  const gone = originals.filter((item) => !kept.has(item.id));
  if (!gone.length) return null;
  return (
    <p class="field-hint removed-note">
      Removed when you publish: {gone.map((item) => item.name || item.id).join(', ')}
    </p>
  );
}
