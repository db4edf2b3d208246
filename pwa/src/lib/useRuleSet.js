// The admin Rules screen's data: the rule set in force, its version history,
// and the local draft being edited (a copy; nothing is saved until publish).
import { useEffect, useState } from 'preact/hooks';
import { fetchCurrentRules, fetchRuleVersions } from '../api/rules.js';
import { currentMe } from '../state/session.js';
import { cloneDocument } from './ruleDraft.js';

// Unpublished edits survive switching tabs (not reloads), but only for the
// same admin and while the version they started from is still in force.
let kept = { owner: null, version: null, draft: null };

export function useRuleSet() {
  const [current, setCurrent] = useState({ status: 'loading', data: null, error: null });
  const [versions, setVersions] = useState({ status: 'loading', items: [], error: null });
  const [draft, setDraft] = useState(null);

  const loadCurrent = async () => {
    try {
      const data = await fetchCurrentRules();
      setCurrent({ status: 'ready', data, error: null });
      setDraft(keptDraft(data.version) || cloneDocument(data.document));
    } catch (error) {
      setCurrent((c) => ({ ...c, status: c.data ? 'ready' : 'error', error }));
    }
  };
  const loadVersions = async () => {
    try {
      setVersions({ status: 'ready', items: await fetchRuleVersions(), error: null });
    } catch (error) {
      setVersions((v) => ({ ...v, status: 'error', error }));
    }
  };
  const reload = () => Promise.all([loadCurrent(), loadVersions()]);

  useEffect(() => {
    reload();
  }, []);
  useEffect(() => {
    if (draft && current.data) kept = { owner: ownerId(), version: current.data.version, draft };
  }, [draft]);

  const discard = () => current.data && setDraft(cloneDocument(current.data.document));
  return { current, versions, draft, setDraft, reload, discard };
}

function keptDraft(version) {
  return kept.owner === ownerId() && kept.version === version ? kept.draft : null;
}

function ownerId() {
  const me = currentMe();
  return me ? me.id : null;
}
