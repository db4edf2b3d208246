// A diff reads as sentences: what changed, on which item, and values as
// people say them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffSentence, diffTitle, diffValue } from '../src/lib/diffWords.js';

test('titles name the change, the kind of item and the item', () => {
  assert.equal(diffTitle({ section: 'rules', change: 'added', name: 'Early bird' }), 'Added rule “Early bird”');
  assert.equal(diffTitle({ section: 'challenges', change: 'disabled', id: 'x' }), 'Disabled team challenge “x”');
});

test('a removed item says what it did, others what they do now', () => {
  assert.equal(diffSentence({ change: 'removed', before: '+5 when…', after: null }), '+5 when…');
  assert.equal(diffSentence({ change: 'changed', before: 'a', after: 'b' }), 'b');
  assert.equal(diffSentence({ change: 'changed', before: {}, after: {} }), null);
});

test('values read as words', () => {
  assert.equal(diffValue([{ window: 'day', points: 60 }]), '60 points a day');
  assert.equal(diffValue(''), '(none)');
  assert.equal(diffValue(true), 'yes');
  assert.equal(diffValue(['launch', 'careers']), 'launch, careers');
});
