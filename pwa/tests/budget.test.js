// The build's initial-JavaScript budget check counts exactly what index.html
// loads up front, and fails when it is over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudget, initialScripts } from '../scripts/check-budget.mjs';

const HTML = `<script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
<link rel="stylesheet" crossorigin href="/assets/index-c.css">`;

test('the module script and modulepreloads are the initial scripts; CSS and lazy chunks are not', () => {
  assert.deepEqual(initialScripts(HTML), ['assets/index-a.js', 'assets/vendor-b.js']);
});

test('over the budget fails, within it passes', () => {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), HTML);
  writeFileSync(join(dist, 'assets/index-a.js'), randomBytes(3 * 1024).toString('hex')); // ~3 kB gzipped
  writeFileSync(join(dist, 'assets/vendor-b.js'), 'x'.repeat(100_000)); // compresses to almost nothing
  writeFileSync(join(dist, 'assets/Lazy-d.js'), randomBytes(50 * 1024).toString('hex')); // not counted
  assert.equal(checkBudget(dist, 5).ok, true);
  assert.equal(checkBudget(dist, 2).ok, false);
});
