// "Useful" / "Not for me" on a content card: two toggle buttons, at most
// one pressed. Part of the main bundle (every feed card), so kept tiny.
import { RATINGS } from '../../lib/ratingToggle.js';
import { rate } from '../../actions/rate.js';

export function RatingButtons({ content }) {
  return (
    <div class="rating" role="group" aria-label={`Rate: ${content.title}`}>
      {RATINGS.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          class="rating-btn"
          aria-pressed={content.my_rating === value ? 'true' : 'false'}
          onClick={() => rate(content, value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
