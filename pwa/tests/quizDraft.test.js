// The admin's quiz editor: options come and go, and the right answer follows its option.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addOption, addQuestion, quizDraft, quizPayload, removeOption, setOption } from '../src/lib/quizDraft.js';
import { parseWordList, wordListText } from '../src/lib/wordList.js';

const saved = {
  pass_mark: 67,
  questions: [{ question: 'Keep what?', options: ['#Northwind', 'A link', 'Nothing'], answer: 1 }],
};

test('removing an option before the right one keeps the same option right', () => {
  const draft = removeOption(quizDraft(saved), 0, 0);
  assert.deepEqual(draft.questions[0].options, ['A link', 'Nothing']);
  assert.equal(draft.questions[0].answer, 0);
  assert.equal(removeOption(quizDraft(saved), 0, 2).questions[0].answer, 1);
});

test('removing the right option leaves no answer chosen', () => {
  assert.equal(removeOption(quizDraft(saved), 0, 1).questions[0].answer, null);
});

test('edits never change the saved quiz', () => {
  const draft = quizDraft(saved);
  setOption(addOption(draft, 0), 0, 3, 'New');
  assert.deepEqual(draft.questions[0].options, ['#Northwind', 'A link', 'Nothing']);
  assert.deepEqual(saved.questions[0].options, ['#Northwind', 'A link', 'Nothing']);
});

test('a new quiz starts with one blank question; added ones have two blank options', () => {
  const fresh = quizDraft({ pass_mark: null, questions: [] });
  assert.equal(fresh.questions.length, 1);
  assert.deepEqual(addQuestion(fresh).questions[1], { question: '', options: ['', ''], answer: null });
});

test('the payload has a numeric pass mark when one was typed, and what was typed otherwise', () => {
  assert.equal(quizPayload({ ...quizDraft(saved), pass_mark: '80' }).pass_mark, 80);
  assert.equal(quizPayload({ ...quizDraft(saved), pass_mark: '8.5' }).pass_mark, '8.5');
  assert.deepEqual(quizPayload(quizDraft(saved)).questions, saved.questions);
});

test('prohibited words: commas or lines, trimmed, lower case, once each', () => {
  assert.deepEqual(parseWordList('Insider, confidential\n\n guaranteed returns ,insider'), [
    'insider',
    'confidential',
    'guaranteed returns',
  ]);
  assert.equal(wordListText(['a', 'b']), 'a\nb');
});
