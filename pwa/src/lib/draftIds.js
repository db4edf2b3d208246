// Ids and default names for the badges, campaigns and team challenges an
// admin adds. The server wants 1-64 of [a-z0-9._-], starting with a letter
// or digit. Awards and ledger rows point at an id ("challenge:<id>"), so a
// published item keeps its id; only items added in this draft follow their
// name, and they never take an id the rules in force use, even one the
// draft has removed, so a new badge can't inherit someone's old awards.
const MAX_ID = 64;

/** "Super Sharer!" → "super-sharer"; `fallback` when nothing usable is left. */
export function slugId(name, fallback) {
  const slug = String(name || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever `taken` doesn't hold yet. */
export function uniqueId(base, taken) {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const id = base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken.has(id)) return id;
  }
}

/** "New badge", then "New badge 2"…, so every label on the screen differs. */
export function uniqueName(base, items) {
  const names = new Set(items.map((item) => item.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** Ids a new item must avoid: the draft's (except its own) and the ones in force. */
export function takenIds(items, originalItems, exceptIndex = -1) {
  const ids = items.filter((_, i) => i !== exceptIndex).map((item) => item.id);
  return new Set([...ids, ...originalItems.map((item) => item.id)]);
}

/** A patch for renaming item `index`: new items' ids follow the name. */
export function renamePatch(name, index, items, originalItems, fallback) {
  const isNew = !originalItems.some((item) => item.id === items[index].id);
  if (!isNew) return { name };
  return { name, id: uniqueId(slugId(name, fallback), takenIds(items, originalItems, index)) };
}
