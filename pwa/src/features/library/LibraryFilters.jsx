// Search by title or tag, and filters by team, campaign, network and
// author. Typing waits a moment before asking the server again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { SelectField } from '../../components/SelectField.jsx';
import { NETWORKS } from '../../lib/networks.js';

export function LibraryFilters({ view, onChange, teams, me, data, wide }) {
  const authors = useAuthors(me, data);
  const campaigns = (data && data.filters && data.filters.campaigns) || [];
  const any = (label) => [{ value: '', label }];
  const select = (name, label, options) => (
    <SelectField label={label} name={`filter-${name}`} value={view[name] || ''} options={options} onChange={(value) => onChange({ [name]: value })} />
  );
  const selects = (
    <>
      {teams.length > 0 && select('team', 'Team', [...any('Any team'), ...teams.map((t) => ({ value: t.id, label: t.name }))])}
      {campaigns.length > 0 &&
        select('campaign', 'Campaign', [...any('Any campaign'), ...campaigns.map((c) => ({ value: c.id, label: c.name }))])}
      {select('network', 'Network', [...any('Any network'), ...NETWORKS.map((n) => ({ value: n.id, label: n.label }))])}
      {select('author', 'Author', [...any('Anyone'), ...authors])}
    </>
  );
  return (
    <div class="library-filters" role="search" aria-label="Find content">
      <SearchBox value={view.q || ''} onSearch={(q) => onChange({ q })} />
      {wide ? selects : <PhoneFilters view={view}>{selects}</PhoneFilters>}
    </div>
  );
}

// On a phone the filters fold away under one line that counts those in use.
function PhoneFilters({ view, children }) {
  const used = ['team', 'campaign', 'network', 'author'].filter((name) => view[name]).length;
  return (
    <details class="disclosure library-more-filters" open={used > 0}>
      <summary>{used ? `Filters (${used} in use)` : 'Filters'}</summary>
      <div class="library-filter-grid">{children}</div>
    </details>
  );
}

function SearchBox({ value, onSearch }) {
  const [text, setText] = useState(value);
  const timer = useRef(null);
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const typed = (next) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(next.trim()), 350);
  };
  return (
    <div class="field library-search">
      <label for="library-search">Search</label>
      <input
        id="library-search"
        type="search"
        placeholder="Title or tag"
        autocomplete="off"
        value={text}
        onInput={(event) => typed(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          clearTimeout(timer.current);
          onSearch(text.trim());
        }}
      />
    </div>
  );
}

// The server's list of authors when it sends one; otherwise "Me" and every
// author seen on the pages loaded so far.
function useAuthors(me, data) {
  const [seen, setSeen] = useState({});
  const listed = data && data.filters && data.filters.authors;
  useEffect(() => {
    if (!data || listed) return;
    const found = Object.fromEntries(data.items.filter((i) => i.author).map((i) => [i.author.id, i.author.display_name]));
    setSeen((known) => ({ ...known, ...found }));
  }, [data]);
  if (listed) return listed.map((a) => ({ value: a.id, label: a.id === me.id ? `${a.display_name} (me)` : a.display_name }));
  const others = Object.entries(seen).filter(([id]) => Number(id) !== me.id);
  return [{ value: me.id, label: 'Me' }, ...others.map(([id, name]) => ({ value: id, label: name }))];
}
