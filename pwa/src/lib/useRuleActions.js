// The Rules screen's actions: preview (what-if totals and why rules fired),
// publish (after a confirmation with the diff and a reason), roll back and
// discard. One runs at a time (busy); a refusal is kept as {kind, title,
// error, sent} so the screen can show every problem the server named next
// to its item (`sent` is the draft as sent, to place problems by index).
import { useEffect, useRef, useState } from 'preact/hooks';
import { explainRules, publishRules, rollbackRules, simulateRules } from '../api/rules.js';
import { localProblems, sendableDocument, simulationWindow } from './ruleDraft.js';
import { changeCount } from './draftChanges.js';
import { nestedFields } from './ruleProblems.js';
import { showToast } from '../state/toasts.js';

const FAILED = { preview: 'Preview failed', publish: 'Not published', rollback: 'Not rolled back' };
const EXPLAINED = 8;

// The server names problems by document path; cards look them up nested.
const refusal = (error) => ({
  message: error.message,
  status: error.status,
  code: error.code,
  rawFields: error.fields,
  fields: nestedFields(error.fields),
});
const aboutDocument = (error) =>
  Object.keys((error && error.fields) || {}).some((key) => /^(document|draft)\b/.test(key));

export function useRuleActions({ current, draft, reload, discard }) {
  const [busy, setBusy] = useState(null);
  const [problems, setProblems] = useState(null);
  const [simulation, setSimulation] = useState(null); // {result, explain, key}
  const [publishing, setPublishing] = useState(false);
  const resultsRef = useFocusOnChange(simulation);
  const dirty = changeCount(draft, current.data.document) > 0;

  const checkLocally = (kind) => {
    const local = kind === 'rollback' ? [] : localProblems(draft);
    if (local.length) setProblems({ kind, title: 'Fix these first', items: local });
    return local.length === 0;
  };
  const run = async (kind, task) => {
    if (!checkLocally(kind)) return;
    setBusy(kind);
    setProblems(null);
    try {
      await task();
    } catch (error) {
      setProblems({ kind, title: FAILED[kind], error: refusal(error), sent: draft });
    } finally {
      setBusy(null);
    }
  };

  const preview = () =>
    run('preview', async () => {
      const { start, end } = simulationWindow();
      const document = sendableDocument(draft);
      const [result, explain] = await Promise.all([
        simulateRules(document, start, end),
        explainRules(document, EXPLAINED).then(
          (answer) => ({ events: answer.events || [], error: null }),
          (error) => ({ events: [], error }),
        ),
      ]);
      // Focus moves to the results (useFocusOnChange), which reads them out.
      setSimulation({ result, explain, key: JSON.stringify(draft) });
    });

  const startPublish = () => {
    if (checkLocally('publish')) {
      setProblems(null);
      setPublishing(true);
    }
  };

  // Called by the dialog; throwing keeps it open with the error at the reason.
  const publish = async (reason) => {
    setBusy('publish');
    try {
      const published = await publishRules(sendableDocument(draft), reason);
      setPublishing(false);
      setSimulation(null);
      showToast({ tone: 'success', title: `Published version ${published.version}`, detail: reason });
      await reload();
    } catch (error) {
      if (!aboutDocument(error)) throw error;
      setPublishing(false);
      setProblems({ kind: 'publish', title: FAILED.publish, error: refusal(error), sent: draft });
    } finally {
      setBusy(null);
    }
  };

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
        detail: `Its rules are in force again, published as version ${published.version}.`,
      });
      await reload();
    });
  };

  const discardEdits = () => {
    if (!window.confirm('Discard your unpublished edits?')) return;
    discard();
    setProblems(null);
  };

  return {
    busy,
    problems,
    simulation,
    resultsRef,
    preview,
    publishing,
    startPublish,
    cancelPublish: () => setPublishing(false),
    publish,
    rollback,
    discard: dirty ? discardEdits : null,
  };
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
