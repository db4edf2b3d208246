// Employee content. Advocates suggest a link in their own words and follow
// what became of it. Managers and admins also review their team's waiting
// suggestions (admins: everyone's) and see how content landed, since the
// ratings are what tells them which suggestions to take next. Loaded on
// demand (see App.jsx) with its own stylesheet.
import './suggestions.css';
import { fetchMySuggestions } from '../../api/suggestions.js';
import { useResource } from '../../lib/useResource.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { SuggestForm } from './SuggestForm.jsx';
import { MySuggestions } from './MySuggestions.jsx';
import { ReviewQueue } from './ReviewQueue.jsx';
import { RatingTally } from './RatingTally.jsx';

export default function Suggestions({ me }) {
  const mine = useResource(fetchMySuggestions, 'mine');
  const leader = me.role === 'manager' || me.role === 'admin';
  const suggested = (item) => {
    mine.replace([item, ...(mine.data || [])]);
    focusSoon(`suggestion-${item.id}`);
  };

  return (
    <section class="screen suggestions" aria-labelledby="suggestions-title">
      <div class="screen-header">
        <div>
          <h1 id="suggestions-title">{leader ? 'Suggestions' : 'Suggest content'}</h1>
          <p class="screen-subtitle">
            {leader
              ? 'Review what your people suggest, see how content landed, and suggest your own.'
              : 'Found something colleagues should share? Suggest it; a manager reviews it for the library.'}
          </p>
        </div>
      </div>
      {leader && <ReviewQueue />}
      {leader && <RatingTally />}
      <SuggestForm onSuggested={suggested} />
      <h2 class="section-title" id="my-suggestions-title">
        Your suggestions
      </h2>
      <MySuggestions resource={mine} />
    </section>
  );
}
