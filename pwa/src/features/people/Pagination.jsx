// "26–37 of 37" with Previous and Next: pages come from the server.
import { pageSpan } from './peopleQuery.js';

export function Pagination({ page, onPage }) {
  const span = pageSpan(page);
  if (page.total === 0) return null;
  return (
    <nav class="people-pages" aria-label="Pages of people">
      <p class="people-pages-count" aria-live="polite">
        {span.first}–{span.last} of {page.total}
      </p>
      <button
        type="button"
        class="btn btn-secondary"
        disabled={!span.hasPrevious}
        onClick={() => onPage(page.page - 1)}
      >
        Previous
      </button>
      <button type="button" class="btn btn-secondary" disabled={!span.hasNext} onClick={() => onPage(page.page + 1)}>
        Next
      </button>
    </nav>
  );
}
