// The Rules screen's actions: preview, publish, roll back and discard. One
// runs at a time (busy); a refusal is kept as {kind, title, error, sent} so
// the screen can list every problem the server named next to where it
// happened (`sent` is the draft as sent, to place problems given by index).
import { useEffect, useRef, useState } from 'preact/hooks';
import { publishRules, rollbackRules, simulateRules } from '../api/rules.js';
import { localProblems, sendableDocument, simulationWindow } from './ruleDraft.js';
import { changeCount } from './draftChanges.js';
import { showToast } from '../state/toasts.js';

const FAILED = { preview: 'Preview failed', publish: 'Not published', rollback: 'Not rolled back' };

export function useRuleActions({ current, draft, reload, discard }) {
  const [busy, setBusy] = useState(null);
  const [problems, setProblems] = useState(null);
  const [simulation, setSimulation] = useState(null); // {result, key}
  const resultsRef = useFocusOnChange(simulation);
  const dirty = changeCount(draft, current.data.document) > 0;

  const run = async (kind, task) => {
    const local = kind === 'rollback' ? [] : localProblems(draft);
    if (local.length) return setProblems({ kind, title: 'Fix these first', items: local });
    setBusy(kind);
    setProblems(null);
    try {
      await task();
    } catch (error) {
      setProblems({ kind, title: FAILED[kind], error, sent: draft });
    } finally {
      setBusy(null);
    }
  };

  const preview = () =>
    run('preview', async () => {
      const { start, end } = simulationWindow();
      const result = await simulateRules(sendableDocument(draft), start, end);
      // Focus moves to the results (useFocusOnChange), which reads them out.
      setSimulation({ result, key: JSON.stringify(draft) });
    });

  const publish = () =>
    run('publish', async () => {
      const published = await publishRules(sendableDocument(draft));
      setSimulation(null);
      showToast({ tone: 'success', title: `Published version ${published.version}` });
      await reload();
    });

  const rollback = (version) => {
    const lose = dirty ? ' Your unpublished edits will be lost.' : '';
    const question = `Roll back to version ${version}? A copy of it becomes the newest version`;
    if (!window.confirm(`${question} and scores everything from now on.${lose}`)) return;
    run('rollback', async () => {
      const published = await rollbackRules(version);
      setSimulation(null);
      showToast({
        tone: 'success',
        title: `Rolled back to version ${version}`,
        detail: `Published as version ${published.version}.`,
      });
      await reload();
    });
  };

  const discardEdits = () => {
    if (!window.confirm('Discard your unpublished edits?')) return;
    discard();
    setProblems(null);
  };

  const discardOrNull = dirty ? discardEdits : null;
  return { busy, problems, simulation, resultsRef, preview, publish, rollback, discard: discardOrNull };
}

// New results appear below a long list: bring them into view and move focus
// there, so keyboard and screen-reader users don't have to hunt for them.
function useFocusOnChange(value) {
  const ref = useRef(null);
  useEffect(() => {
    if (value && ref.current) ref.current.focus();
  }, [value]);
  return ref;
}
