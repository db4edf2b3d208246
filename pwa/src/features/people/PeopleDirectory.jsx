// The people themselves: search and filters, a page of people (a sortable
// table when wide, a list on a phone) and, for the one opened, a panel to
// change them. The list and the open person live in the address.
import { useEffect, useState } from 'preact/hooks';
import { useResource } from '../../lib/useResource.js';
import { useTeams } from '../../lib/useTeams.js';
import { focusSoon } from '../../lib/focusSoon.js';
import { ErrorState, EmptyState } from '../../components/StatusViews.jsx';
import { fetchLeaders, fetchPeoplePage } from './peopleApi.js';
import { peoplePath } from './peopleQuery.js';
import { usePeopleQuery } from './usePeopleQuery.js';
import { useWide } from './useWide.js';
import { PeopleFilters } from './PeopleFilters.jsx';
import { PeopleTable } from './PeopleTable.jsx';
import { PersonList } from './PersonList.jsx';
import { PersonPanel } from './PersonPanel.jsx';
import { Pagination } from './Pagination.jsx';

export function PeopleDirectory({ me }) {
  const wide = useWide();
  const { query, typed, setTyped, change, personId, setPersonId } = usePeopleQuery();
  const people = useResource(() => fetchPeoplePage(query), peoplePath(query));
  const leaders = useResource(fetchLeaders, 'leaders');
  const teams = useTeams();
  const open = useOpenPerson(people.data, personId);

  const show = (person) => {
    open.set(person);
    setPersonId(person.id);
  };
  const close = () => {
    setPersonId(null);
    focusSoon(`person-${open.person.id}`);
    open.set(null);
  };
  const changed = (person) => {
    open.set(person);
    const items = people.data.items.map((p) => (p.id === person.id ? person : p));
    people.replace({ ...people.data, items });
  };
  const panel = open.person && (
    <PersonPanel
      me={me}
      person={open.person}
      teams={teams.items}
      leaders={leaders.data || []}
      wide={wide}
      onChanged={changed}
      onClose={close}
    />
  );
  // On a phone the panel takes the list's place; Close brings the list back.
  if (panel && !wide) return panel;
  return (
    <>
      <PeopleFilters query={query} typed={typed} onType={setTyped} onChange={change} teams={teams.items} />
      <Results people={people} wide={wide} sort={query.sort} openId={personId} onSort={(sort) => change({ sort })} onOpen={show} />
      {people.data && <Pagination page={people.data} onPage={(page) => change({ page })} />}
      {panel}
    </>
  );
}

function Results({ people, wide, sort, openId, onSort, onOpen }) {
  if (people.status === 'error') return <ErrorState error={people.error} onRetry={people.reload} />;
  if (!people.data) return <p aria-busy="true">Loading…</p>;
  if (!people.data.items.length) {
    return <EmptyState icon="people" title="Nobody matches">Try another search, or clear a filter.</EmptyState>;
  }
  const busy = people.status === 'reloading' ? 'true' : undefined;
  return (
    <div class="people-results" aria-busy={busy}>
      {wide ? (
        <PeopleTable people={people.data.items} sort={sort} openId={openId} onSort={onSort} onOpen={onOpen} />
      ) : (
        <PersonList people={people.data.items} onOpen={onOpen} />
      )}
    </div>
  );
}

/** The person in the panel: the one the address names once their page arrives, or the one clicked. */
function useOpenPerson(page, personId) {
  const [person, set] = useState(null);
  useEffect(() => {
    if (!personId) return set(null);
    const found = page && page.items.find((p) => p.id === personId);
    if (found) set(found);
  }, [page, personId]);
  return { person: personId ? person : null, set };
}
