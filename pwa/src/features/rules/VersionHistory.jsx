// Published rule-set versions, newest first: why (the reason given), who
// and when. Two versions can be compared (GET /rules/diff), and an older
// one rolled back to in one step, which publishes a copy of it as the
// newest version.
import { useState } from 'preact/hooks';
import { diffVersions } from '../../api/rules.js';
import { fullDate } from '../../lib/relativeTime.js';
import { SelectField } from '../../components/SelectField.jsx';
import { DiffList } from './DiffList.jsx';

export function VersionHistory({ versions, currentVersion, busy, onRollback }) {
  return (
    <section class="versions" aria-labelledby="versions-title">
      <h2 class="section-title" id="versions-title">
        Version history
      </h2>
      {versions.status === 'loading' && <p class="loading-line">Loading versions…</p>}
      {versions.status === 'error' && (
        <p class="inline-error" role="alert">
          Version history couldn't be loaded: {versions.error.message}
        </p>
      )}
      {versions.items.length > 0 && (
        <div class="versions-layout">
          <ol class="version-list">
            {versions.items.map((item) => (
              <VersionRow
                key={item.version}
                item={item}
                isCurrent={item.version === currentVersion}
                canRollBack={item.version < currentVersion}
                busy={busy}
                onRollback={onRollback}
              />
            ))}
          </ol>
          {versions.items.length > 1 && <Compare items={versions.items} />}
        </div>
      )}
    </section>
  );
}

function VersionRow({ item, isCurrent, canRollBack, busy, onRollback }) {
  const who = item.published_by ? ` · by ${item.published_by}` : '';
  return (
    <li class="version-row" data-version={item.version} aria-current={isCurrent ? 'true' : undefined}>
      <div class="version-text">
        <p class="version-name">
          Version {item.version}
          {isCurrent && <span class="version-tag"> In force</span>}
        </p>
        <p class="version-reason">{item.reason ? `“${item.reason}”` : 'No reason given'}</p>
        <p class="version-meta">
          {fullDate(item.created_at || item.effective_from)}
          {who} · {item.rules} {item.rules === 1 ? 'rule' : 'rules'}
        </p>
      </div>
      {canRollBack && (
        <button
          type="button"
          class="btn btn-secondary btn-small"
          disabled={busy}
          onClick={() => onRollback(item.version)}
        >
          Roll back to version {item.version}
        </button>
      )}
    </li>
  );
}

function Compare({ items }) {
  const options = items.map((item) => ({ value: item.version, label: `Version ${item.version}` }));
  const [from, setFrom] = useState(items[1].version);
  const [to, setTo] = useState(items[0].version);
  const [result, setResult] = useState(null); // {status, from, to, changes, error}
  const show = async () => {
    setResult({ status: 'loading', from, to });
    try {
      const answer = await diffVersions(from, to);
      setResult({ status: 'ready', from, to, changes: answer.changes || [] });
    } catch (error) {
      setResult({ status: 'error', from, to, error });
    }
  };
  return (
    <div class="version-compare" role="group" aria-labelledby="compare-title">
      <h3 class="subsection-title" id="compare-title">
        Compare two versions
      </h3>
      <div class="pair-fields">
        <SelectField label="From version" name="compare-from" options={options} value={from} onChange={(v) => setFrom(Number(v))} />
        <SelectField label="To version" name="compare-to" options={options} value={to} onChange={(v) => setTo(Number(v))} />
      </div>
      <button type="button" class="btn btn-secondary" onClick={show} disabled={from === to}>
        Show the differences
      </button>
      <div aria-live="polite">
        {result && result.status === 'loading' && <p class="loading-line">Comparing…</p>}
        {result && result.status === 'error' && <p class="field-error">Couldn't compare: {result.error.message}</p>}
        {result && result.status === 'ready' && (
          <>
            <p class="version-compare-title">
              From version {result.from} to version {result.to}:
            </p>
            <DiffList changes={result.changes} />
          </>
        )}
      </div>
    </div>
  );
}
