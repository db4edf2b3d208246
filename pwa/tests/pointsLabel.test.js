import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointsLabel } from '../src/lib/pointsLabel.js';

test('one point is singular, and gains carry a plus sign', () => {
  assert.equal(pointsLabel(1), '+1 point');
  assert.equal(pointsLabel(15), '+15 points');
  assert.equal(pointsLabel(-1), '-1 point');
  assert.equal(pointsLabel(0), '0 points');
});
