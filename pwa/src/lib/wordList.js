// Prohibited words as the admin types them: one per line or separated by
// commas, like the lists people paste from a policy document.

export function parseWordList(text) {
  const words = (text || '')
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
  return [...new Set(words.map((word) => word.toLowerCase()))];
}

export const wordListText = (words) => (words || []).join('\n');
