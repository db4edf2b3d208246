// "LinkedIn, X and Email" in the user's language.
export function formatList(items) {
  if ('ListFormat' in Intl) {
    return new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' }).format(items);
  }
  return items.join(', ');
}
