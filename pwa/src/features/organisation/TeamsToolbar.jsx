// Above the teams: search and "Show archived". Below them: the page count
// with Previous and Next.
import { PER_PAGE } from './useTeamsPage.js';
import { pageSpan } from './teamWords.js';

export function TeamsToolbar({ page }) {
  return (
    <div class="teams-toolbar">
      <div class="field teams-search">
        <label for="teams-search">Search teams</label>
        <input
          id="teams-search"
          type="search"
          autocomplete="off"
          placeholder="Name, department or location"
          value={page.typed}
          onInput={(event) => page.search(event.currentTarget.value)}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={page.view.includeArchived}
          onChange={(event) => page.showArchived(event.currentTarget.checked)}
        />
        <span>Show archived</span>
      </label>
    </div>
  );
}

export function TeamsPages({ page }) {
  const total = page.teams.data.total;
  const span = pageSpan({ page: page.view.page, perPage: PER_PAGE, total });
  return (
    <nav class="teams-pages" aria-label="Pages of teams">
      <p class="teams-pages-count" aria-live="polite">
        {span.first}–{span.last} of {total}
      </p>
      {(span.hasPrevious || span.hasNext) && (
        <>
          <button
            type="button"
            class="btn btn-secondary"
            disabled={!span.hasPrevious}
            onClick={() => page.goTo(page.view.page - 1)}
          >
            Previous
          </button>
          <button
            type="button"
            class="btn btn-secondary"
            disabled={!span.hasNext}
            onClick={() => page.goTo(page.view.page + 1)}
          >
            Next
          </button>
        </>
      )}
    </nav>
  );
}
