// New and duplicated rules get ids from their names: lowercase slugs, unique
// among the draft's ids and the ones in force (a deleted rule's id is not
// reused, so a new rule never inherits its awards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicated, isEnabled, newRule, triggerOptions, withInserted } from '../src/lib/ruleItems.js';

const RULES = [
  { id: 'share.base', name: 'Shared content', trigger: 'share', points: 10, condition: '', caps: [] },
  { id: 'new-rule', name: 'Old new rule', trigger: 'share', points: 1, condition: '' },
];

test('a new rule is complete, named uniquely, with an id from its name', () => {
  const rule = newRule(RULES, RULES);
  assert.deepEqual(rule, {
    id: 'new-rule-2',
    name: 'New rule',
    trigger: 'share',
    points: 5,
    condition: '',
    caps: [],
    enabled: true,
  });
});

test('a duplicate copies everything but its name and id, and lands right after the original', () => {
  const copy = duplicated(RULES[0], RULES, RULES, 'rule');
  assert.equal(copy.name, 'Shared content (copy)');
  assert.equal(copy.id, 'shared-content-copy');
  assert.deepEqual(copy.caps, []);
  assert.notEqual(copy.caps, RULES[0].caps); // a deep copy: editing it leaves the original alone
  const draft = withInserted({ rules: RULES }, 'rules', 0, copy);
  assert.deepEqual(
    draft.rules.map((r) => r.id),
    ['share.base', 'shared-content-copy', 'new-rule'],
  );
  const again = duplicated(RULES[0], draft.rules, RULES, 'rule');
  assert.equal(again.name, 'Shared content (copy) 2');
});

test('ids avoid the ones in force even when the draft has deleted them', () => {
  const rule = newRule([], RULES);
  assert.equal(rule.id, 'new-rule-2');
});

test('items without "enabled" are on; unknown event types stay choosable', () => {
  assert.equal(isEnabled({}), true);
  assert.equal(isEnabled({ enabled: false }), false);
  const options = triggerOptions([{ name: 'x', triggers: ['share', 'webinar_attended'] }], 'share');
  assert.deepEqual(options.at(-1), { value: 'webinar_attended', label: 'webinar attended' });
});
