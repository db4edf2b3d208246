// "+1 point", "+15 points", "-5 points": how an award reads in a toast.
export function pointsLabel(total) {
  const sign = total > 0 ? '+' : '';
  return `${sign}${total} ${Math.abs(total) === 1 ? 'point' : 'points'}`;
}
