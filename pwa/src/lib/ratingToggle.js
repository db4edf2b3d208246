// Rating a content card: tapping the pressed button takes the rating back,
// tapping the other one switches to it.
export const RATINGS = [
  { value: 'useful', label: 'Useful' },
  { value: 'not_for_me', label: 'Not for me' },
];

/** The rating after tapping `tapped`; null means none. */
export function nextRating(current, tapped) {
  return current === tapped ? null : tapped;
}
