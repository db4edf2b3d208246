// The admin's quiz editor state: the saved quiz (answers included) loaded
// into a draft, edits through lib/quizDraft.js, and saving it.
import { useEffect, useState } from 'preact/hooks';
import { fetchQuizAnswers, saveQuiz } from '../api/guidelines.js';
import { quizDraft, quizPayload } from './quizDraft.js';

export function useQuizDraft() {
  const [draft, setDraft] = useState(null);
  const [loadError, setLoadError] = useState(null);

  const load = () => {
    setLoadError(null);
    fetchQuizAnswers()
      .then((saved) => setDraft(quizDraft(saved)))
      .catch(setLoadError);
  };
  useEffect(load, []);

  /** Applies one of quizDraft.js's updates, e.g. edit(addOption, 0). */
  const edit = (update, ...args) => setDraft((d) => update(d, ...args));
  const save = async () => setDraft(quizDraft(await saveQuizAndReload(draft)));
  return { draft, loadError, load, edit, save };
}

// The saved quiz comes back without answers (it is the advocates' view), so
// read the admin's copy again.
async function saveQuizAndReload(draft) {
  await saveQuiz(quizPayload(draft));
  return fetchQuizAnswers();
}
