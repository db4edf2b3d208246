// Previous and next page, with where we are ("21–40 of 57").
import { pageCount, pageSummary } from '../../lib/libraryQuery.js';

export function Pages({ data, onPage }) {
  const last = pageCount(data);
  return (
    <nav class="pages" aria-label="Pages">
      <button type="button" class="btn btn-secondary btn-small" disabled={data.page <= 1} onClick={() => onPage(data.page - 1)}>
        Previous
      </button>
      <span class="pages-summary" aria-live="polite">
        {pageSummary(data)}
      </span>
      <button type="button" class="btn btn-secondary btn-small" disabled={data.page >= last} onClick={() => onPage(data.page + 1)}>
        Next
      </button>
    </nav>
  );
}
