// The pending deletion's note: its day and the days left to cancel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deletionNote } from '../src/lib/deletionWords.js';

const now = new Date('2026-11-28T10:00:00Z');

test('a fresh request names the day a week away', () => {
  const note = deletionNote('2026-12-05T10:00:00Z', now);
  assert.match(note, /5 December/);
  assert.match(note, /in 7 days/);
});

test('the last day and an overdue one say so', () => {
  assert.match(deletionNote('2026-11-29T09:00:00Z', now), /tomorrow or sooner/);
  assert.match(deletionNote('2026-11-27T09:00:00Z', now), /due for deletion now/);
});
