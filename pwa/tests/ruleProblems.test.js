// A refused publish names items by their path in the document; the screen
// shows them in words, next to the right item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstTarget, nestedFields, problemLines } from '../src/lib/ruleProblems.js';

const SENT = {
  rules: [
    { id: 'share.base', name: 'Shared content' },
    { id: 'share.linkedin', name: 'LinkedIn bonus' },
  ],
  levels: [{ name: 'Newcomer', threshold: 0 }],
};

test('dotted document paths nest, other keys stay', () => {
  assert.deepEqual(nestedFields({ 'document.rules.1.condition': ['bad'], reason: ['say why'] }), {
    document: { rules: { 1: { condition: ['bad'] } } },
    reason: ['say why'],
  });
});

test('each problem is named in words and points at its item', () => {
  const lines = problemLines(
    {
      'document.rules.1.condition': ["LinkedIn bonus: Unknown field 'netwrk'"],
      'document.levels.0.threshold': ['Must be 0.'],
    },
    SENT,
  );
  assert.deepEqual(lines, [
    {
      text: "Rule “LinkedIn bonus”, condition: Unknown field 'netwrk'",
      target: { list: 'rules', index: 1, id: 'share.linkedin' },
    },
    { text: 'Level 1, points: Must be 0.', target: { list: 'levels', index: 0, id: undefined } },
  ]);
  assert.deepEqual(firstTarget({ 'draft.rules.0.points': ['Too many'] }, SENT), {
    list: 'rules',
    index: 0,
    id: 'share.base',
  });
});

test('a problem about no item keeps the server words', () => {
  assert.deepEqual(problemLines({ document: ['At most 200 rules.'] }, SENT), [
    { text: 'At most 200 rules.', target: null },
  ]);
});

test('the plain "document" summary is dropped where dotted paths place the same messages', () => {
  const fields = {
    document: ["LinkedIn bonus: Unknown field 'netwrk'"],
    'document.rules.1.condition': ["LinkedIn bonus: Unknown field 'netwrk'"],
  };
  assert.deepEqual(nestedFields(fields), { document: { rules: { 1: { condition: ["LinkedIn bonus: Unknown field 'netwrk'"] } } } });
  const reversed = Object.fromEntries(Object.entries(fields).reverse());
  assert.deepEqual(nestedFields(reversed), nestedFields(fields));
  assert.equal(problemLines(fields, SENT).length, 1);
});
