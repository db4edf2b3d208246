// Removing a campaign, team challenge or level asks first: once published,
// it is gone for everyone (the version history still has it).
export function confirmRemove(list, index, what) {
  if (window.confirm(`Remove the ${what}? It goes when you publish.`)) list.remove(index, what);
}
