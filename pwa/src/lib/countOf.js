// "1 click", "1,240 clicks": a grouped count with its noun, singular for
// exactly one. Small and shared, so the My points card can use it without
// pulling the Insights formatting into the first download.
const grouped = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function countOf(value, singular, plural = `${singular}s`) {
  const n = Number(value) || 0;
  return `${grouped.format(n)} ${n === 1 ? singular : plural}`;
}
