// Import people from a CSV file (managers: advocates of their teams): choose or drop the file, check it
// (a dry run: every row's outcome, nothing written), then import what is new
// or changed and watch the invitations go out.
import { useState } from 'preact/hooks';
import { showToast } from '../../state/toasts.js';
import { TEMPLATE_COLUMNS, templateHref } from './csvTemplate.js';
import { checkImport, runImport } from './peopleApi.js';
import { ImportFile } from './ImportFile.jsx';
import { ImportCheck } from './ImportCheck.jsx';
import { ImportProgress } from './ImportProgress.jsx';

export function PeopleImport({ me }) {
  const [file, setFile] = useState(null);
  const [createTeams, setCreateTeams] = useState(false);
  const [check, setCheck] = useState(null);
  const [run, setRun] = useState(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState(null);

  const attempt = async (action, done) => {
    setBusy(true);
    setFailure(null);
    try {
      done(await action());
    } catch (err) {
      setFailure(err.message);
      bringIntoView('import-failure', 'import-failure');
    } finally {
      setBusy(false);
    }
  };
  const choose = (chosen) => {
    setFile(chosen);
    setCheck(null);
    setRun(null);
    setFailure(null);
  };
  const checkFile = () => {
    if (!file) return setFailure('Choose a CSV file first.');
    attempt(() => checkImport(file, createTeams), (result) => {
      setCheck(result);
      bringIntoView('import-check', 'import-summary');
    });
  };
  const apply = () =>
    attempt(() => runImport(file, createTeams), (result) => {
      setRun(result.import);
      showToast({ tone: 'success', title: 'People imported.' });
      bringIntoView('import-progress', 'import-progress-label');
    });

  return (
    <div class="people-import">
      <div class="card import-intro">
        <h2>Import people from a CSV file</h2>
        <p class="field-hint">
          One person a row, with the columns {TEMPLATE_COLUMNS.join(', ')}. Role is advocate, manager or admin; manager
          is their manager's email. People already here are matched by email and updated; new people get an
          invitation. Checking the file changes nothing.
        </p>
        <a class="btn btn-secondary" href={templateHref()} download="amplify-people-template.csv">
          Download the template
        </a>
        <ImportFile file={file} onFile={choose} />
        {me.role === 'admin' && (
          <label class="check">
            <input
              type="checkbox"
              checked={createTeams}
              onChange={(event) => {
                setCreateTeams(event.currentTarget.checked);
                setCheck(null);
              }}
            />
            Create the teams the file names that don't exist yet
          </label>
        )}
        {failure && (
          <p class="form-error" id="import-failure" role="alert" tabIndex={-1}>
            {failure}
          </p>
        )}
        {!run && (
          <button type="button" class="btn btn-primary" disabled={busy || !file} onClick={checkFile}>
            Check file
          </button>
        )}
      </div>
      {check && !run && <ImportCheck result={check} busy={busy} onImport={apply} />}
      {run && <ImportProgress run={run} onRun={setRun} onAgain={() => choose(null)} />}
    </div>
  );
}

/** The answer just rendered: its section scrolled to the top, focus on what it says. */
function bringIntoView(sectionId, focusId) {
  setTimeout(() => {
    const section = document.getElementById(sectionId);
    const target = document.getElementById(focusId);
    if (!section || !target) return;
    section.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, 0);
}
