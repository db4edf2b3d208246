// Which team challenge celebrations this browser has already shown and had
// dismissed, so each person sees a goal celebrated once, not on every visit.
// Kept per advocate (two people may share a browser) and capped, so the list
// never grows without end.
const KEY = 'amplify.challenges.celebrated';
const KEEP = 50;

function read(storage) {
  try {
    const value = JSON.parse(storage.getItem(KEY) || '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return []; // storage blocked or the value damaged: celebrate again rather than break
  }
}

const entry = (meId, challengeId) => `${meId}:${challengeId}`;

export function wasCelebrated(meId, challengeId, storage = globalThis.localStorage) {
  return Boolean(storage) && read(storage).includes(entry(meId, challengeId));
}

export function rememberCelebrated(meId, challengeId, storage = globalThis.localStorage) {
  if (!storage) return;
  const kept = read(storage).filter((item) => item !== entry(meId, challengeId));
  kept.push(entry(meId, challengeId));
  try {
    storage.setItem(KEY, JSON.stringify(kept.slice(-KEEP)));
  } catch {
    // Private mode with no storage: the celebration simply may show again.
  }
}
