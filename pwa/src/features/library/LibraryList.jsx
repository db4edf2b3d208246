// The library's list: state tabs with counts, search and filters, one page
// of items (a sortable table from 1024 px, a compact list below), pages,
// and the detail panel of the item clicked.
import { useEffect, useState } from 'preact/hooks';
import { fetchLibrary, fetchTargets } from '../../api/content.js';
import { useResource } from '../../lib/useResource.js';
import { useMediaQuery, WIDE } from '../../lib/useMediaQuery.js';
import { viewQuery } from '../../lib/libraryQuery.js';
import { ErrorState, EmptyState } from '../../components/StatusViews.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useLibraryView } from './useLibraryView.js';
import { StateTabs } from './StateTabs.jsx';
import { LibraryFilters } from './LibraryFilters.jsx';
import { LibraryTable } from './LibraryTable.jsx';
import { LibraryCards } from './LibraryCards.jsx';
import { Pages } from './Pages.jsx';
import { ItemPanel } from './ItemPanel.jsx';

export function LibraryList({ me }) {
  const [view, changeView] = useLibraryView();
  const wide = useMediaQuery(WIDE);
  const page = useResource(() => fetchLibrary(view), viewQuery(view));
  const teams = useTeamNames();
  const [openId, setOpenId] = useState(null);
  const data = page.data;
  const open = data && data.items.find((item) => item.id === openId);
  const List = wide ? LibraryTable : LibraryCards;

  return (
    <section class={`screen library${wide ? ' library-wide' : ''}`} aria-labelledby="library-title">
      <div class="screen-header">
        <div>
          <h1 id="library-title">Content library</h1>
          <p class="screen-subtitle">Everything you can publish, schedule, change or retire.</p>
        </div>
        <a class="btn btn-primary" href="#/library/new">
          <Icon name="plus" size={18} /> New content
        </a>
      </div>
      <StateTabs value={view.tab} counts={data && data.counts} onChange={(tab) => changeView({ tab })} />
      <LibraryFilters view={view} onChange={changeView} teams={teams.list} me={me} data={data} wide={wide} />
      <div id="library-panel" role="tabpanel" aria-labelledby={`library-tab-${view.tab}`} aria-busy={page.status !== 'ready' ? 'true' : undefined}>
        {page.status === 'loading' && <p class="loading-line">Loading…</p>}
        {page.status === 'error' && <ErrorState error={page.error} onRetry={page.reload} />}
        {data && data.items.length === 0 && <Empty view={view} />}
        {data && data.items.length > 0 && (
          <List items={data.items} teams={teams.byId} sort={view.sort} onSort={(sort) => changeView({ sort })} onOpen={setOpenId} openId={openId} />
        )}
        {data && data.total > data.per_page && <Pages data={data} onPage={(p) => changeView({ page: p })} />}
      </div>
      {open && (
        <ItemPanel
          item={open}
          teams={teams.byId}
          wide={wide}
          onClose={() => setOpenId(null)}
          onChanged={() => {
            setOpenId(null);
            page.reload();
          }}
        />
      )}
    </section>
  );
}

function Empty({ view }) {
  const filtered = view.q || view.team || view.campaign || view.network || view.author;
  if (filtered) return <EmptyState title="Nothing matches">Try other words or fewer filters.</EmptyState>;
  const words = {
    draft: 'Drafts you save appear here until you publish them.',
    scheduled: 'Content set to publish later appears here, with when it will go out.',
    published: 'Published content that advocates can share appears here.',
    expired: 'Content past its expiry date appears here.',
    archived: 'Archived content appears here; restore it to use it again.',
  };
  return <EmptyState title="Nothing here yet">{words[view.tab]}</EmptyState>;
}

// Team names for the Targets column and the Team filter: the teams the
// caller may target (everyone's, for admins).
function useTeamNames() {
  const [list, setList] = useState([]);
  useEffect(() => {
    fetchTargets().then((answer) => setList(answer.teams), () => setList([]));
  }, []);
  return { list, byId: Object.fromEntries(list.map((team) => [team.id, team.name])) };
}
