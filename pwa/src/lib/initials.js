// "Alex de Vries" -> "AV": avatar text when we have no profile pictures.
export function initials(name) {
  const parts = (name || '?').trim().split(/\s+/);
  const first = (parts[0] || '?')[0];
  const lastPart = parts.length > 1 ? parts[parts.length - 1][0] : '';
  return (first + lastPart).toUpperCase();
}
