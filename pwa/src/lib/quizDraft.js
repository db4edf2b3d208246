// The admin's quiz while it's being edited: pure updates on a plain object
// ({pass_mark, questions: [{question, options, answer}]}), so the editor
// component stays wiring. `answer` is null when the right option was removed:
// the admin must choose again (the server says so if they don't).

export const MAX_OPTIONS = 6;
export const MAX_QUESTIONS = 20;

const blankQuestion = () => ({ question: '', options: ['', ''], answer: null });

export function quizDraft(saved) {
  const questions = saved && saved.questions && saved.questions.length ? saved.questions : [blankQuestion()];
  return {
    pass_mark: saved && saved.pass_mark != null ? saved.pass_mark : 70,
    questions: questions.map((q) => ({ ...q, options: [...q.options] })),
  };
}

function withQuestion(draft, index, change) {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? change(q) : q)) };
}

export const addQuestion = (draft) => ({ ...draft, questions: [...draft.questions, blankQuestion()] });

export const removeQuestion = (draft, index) => ({
  ...draft,
  questions: draft.questions.filter((_, i) => i !== index),
});

export const setQuestionText = (draft, index, text) => withQuestion(draft, index, (q) => ({ ...q, question: text }));

export const setAnswer = (draft, index, answer) => withQuestion(draft, index, (q) => ({ ...q, answer }));

export const addOption = (draft, index) =>
  withQuestion(draft, index, (q) => ({ ...q, options: [...q.options, ''] }));

export const setOption = (draft, index, option, text) =>
  withQuestion(draft, index, (q) => ({ ...q, options: q.options.map((o, i) => (i === option ? text : o)) }));

/** Removing an option shifts the ones after it, so the right answer moves with them. */
export function removeOption(draft, index, option) {
  return withQuestion(draft, index, (q) => {
    let { answer } = q;
    if (answer === option) answer = null;
    else if (answer !== null && answer > option) answer -= 1;
    return { ...q, options: q.options.filter((_, i) => i !== option), answer };
  });
}

/** The body for PUT /guidelines/quiz; the pass mark as typed becomes a number when it is one. */
export function quizPayload(draft) {
  const mark = Number(draft.pass_mark);
  return {
    pass_mark: draft.pass_mark === '' || !Number.isInteger(mark) ? draft.pass_mark : mark,
    questions: draft.questions.map(({ question, options, answer }) => ({ question, options, answer })),
  };
}
