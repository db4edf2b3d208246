// The condition builder writes the expressions the server reads, and reads
// back only what it could have written, so an expert's text is never
// rewritten behind their back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { literal, opKind, readCondition, writeCondition, writeRow } from '../src/lib/conditionBuilder.js';

const FIELDS = [
  { name: 'network', type: 'string' },
  { name: 'tags', type: 'array' },
  { name: 'hour', type: 'float' },
  { name: 'own', type: 'boolean' },
];

test('rows joined by "all of" write an and-expression', () => {
  const text = writeCondition({
    join: 'and',
    rows: [
      { field: 'network', kind: 'eq', value: 'linkedin' },
      { field: 'tags', kind: 'has', value: 'launch' },
    ],
  });
  assert.equal(text, 'network == "linkedin" and "launch" in tags');
});

test('"any of" joins with or, and number comparisons stay numbers', () => {
  const rows = [
    { field: 'hour', kind: 'lt', value: 9 },
    { field: 'hour', kind: 'ge', value: 18 },
  ];
  assert.equal(writeCondition({ join: 'or', rows }), 'hour < 9 or hour >= 18');
});

test('several values write a list, and "not" forms read back', () => {
  assert.equal(writeRow({ field: 'network', kind: 'in', value: ['x', 'linkedin'] }), 'network in ["x", "linkedin"]');
  assert.equal(writeRow({ field: 'network', kind: 'not_in', value: ['x'] }), 'network not in ["x"]');
  assert.equal(writeRow({ field: 'tags', kind: 'not_has', value: 'internal' }), '"internal" not in tags');
  assert.deepEqual(readCondition('network not in ["x", "email"]', FIELDS).rows, [
    { field: 'network', kind: 'not_in', value: ['x', 'email'] },
  ]);
});

test('incomplete rows are left out rather than written half', () => {
  const rows = [
    { field: 'network', kind: 'eq', value: '' },
    { field: 'hour', kind: 'gt', value: 17 },
    { field: '', kind: null, value: '' },
    { field: 'network', kind: 'in', value: [] },
  ];
  assert.equal(writeCondition({ join: 'and', rows }), 'hour > 17');
  assert.equal(writeCondition({ join: 'and', rows: [] }), '');
});

test('quotes and backslashes in a value are escaped, and read back the same', () => {
  assert.equal(literal('say "hi"\\'), '"say \\"hi\\"\\\\"');
  const text = writeCondition({ join: 'and', rows: [{ field: 'network', kind: 'eq', value: 'a "b" and c' }] });
  assert.deepEqual(readCondition(text, FIELDS).rows, [{ field: 'network', kind: 'eq', value: 'a "b" and c' }]);
});

test('what the builder writes, it reads back row for row', () => {
  const built = {
    join: 'or',
    rows: [
      { field: 'network', kind: 'ne', value: 'email' },
      { field: 'tags', kind: 'has', value: 'careers' },
      { field: 'hour', kind: 'le', value: 7.5 },
      { field: 'own', kind: 'eq', value: false },
      { field: 'network', kind: 'in', value: ['x', 'facebook'] },
    ],
  };
  assert.deepEqual(readCondition(writeCondition(built), FIELDS), built);
});

test('the demo rules read as rows', () => {
  assert.deepEqual(readCondition('hour >= 6 and hour < 9', FIELDS), {
    join: 'and',
    rows: [
      { field: 'hour', kind: 'ge', value: 6 },
      { field: 'hour', kind: 'lt', value: 9 },
    ],
  });
  assert.deepEqual(readCondition("'launch' in tags", FIELDS).rows, [{ field: 'tags', kind: 'has', value: 'launch' }]);
  assert.deepEqual(readCondition('not own', FIELDS).rows, [{ field: 'own', kind: 'eq', value: false }]);
  assert.deepEqual(readCondition('', FIELDS), { join: 'and', rows: [] });
});

test('text the builder cannot show stays text', () => {
  for (const text of [
    'network == "x" and hour < 9 or hour > 18', // mixed joins need brackets to mean one thing
    '(network == "x")',
    'hour + 1 > 9',
    'netwrk == "linkedin"', // an unknown field
    'network == "linkedin" and',
    'network == "unterminated',
    'tags == []',
  ]) {
    assert.equal(readCondition(text, FIELDS), null, text);
  }
});

test('the server operator names map to ours, whatever their spelling', () => {
  assert.equal(opKind('==', 'string'), 'eq');
  assert.equal(opKind('>=', 'float'), 'ge');
  assert.equal(opKind('in', 'string'), 'in');
  assert.equal(opKind('in', 'array'), 'has');
  assert.equal(opKind('not in', 'array'), 'not_has');
  assert.equal(opKind('contains', 'array'), 'has');
  assert.equal(opKind('matches', 'string'), null);
});

test('the server spellings from the contract: yes/no operators and "not contains"', () => {
  assert.equal(opKind('== true', 'boolean'), 'is_true');
  assert.equal(opKind('== false', 'boolean'), 'is_false');
  assert.deepEqual(readCondition('not "launch" in tags', FIELDS).rows, [
    { field: 'tags', kind: 'not_has', value: 'launch' },
  ]);
  assert.deepEqual(readCondition('own == true', FIELDS).rows, [{ field: 'own', kind: 'eq', value: true }]);
});
