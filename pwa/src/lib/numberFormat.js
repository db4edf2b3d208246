// Numbers for the admin preview: grouped points ("1,240") and shares as
// percentages ("42.5%") in the user's language.
const points = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

export const formatPoints = (value) => points.format(Number(value) || 0);
export const formatPercent = (value) => percent.format(Number(value) || 0);

/** "+20" / "−15" / "0", with a real minus sign. */
export function formatChange(value) {
  const n = Number(value) || 0;
  if (n > 0) return `+${formatPoints(n)}`;
  if (n < 0) return `−${formatPoints(-n)}`;
  return '0';
}
