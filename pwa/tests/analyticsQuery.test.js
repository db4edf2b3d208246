// One query string for the figures and their CSV downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyticsQuery, exportPath, EXPORT_TABLES } from '../src/lib/analyticsQuery.js';
import { exportUrl } from '../src/api/analytics.js';

test('only what is set goes in the query', () => {
  assert.equal(
    analyticsQuery({ from: '2026-10-29', to: '2026-11-27', teamId: 3 }),
    '?from=2026-10-29&to=2026-11-27&team_id=3',
  );
  assert.equal(analyticsQuery({ from: '2026-10-29', to: '2026-11-27', teamId: '' }), '?from=2026-10-29&to=2026-11-27');
  assert.equal(analyticsQuery({ teamId: null }), '');
  assert.equal(analyticsQuery({ teamId: 0 }), '?team_id=0');
  assert.equal(analyticsQuery(), '');
});

test('CSV links carry the same query as the figures', () => {
  const filters = { from: '2026-11-01', to: '2026-11-27', teamId: '2' };
  assert.equal(exportPath('by_team', filters), '/analytics/export/by_team.csv?from=2026-11-01&to=2026-11-27&team_id=2');
  assert.equal(
    exportUrl('by_advocate', filters),
    '/api/v1/analytics/export/by_advocate.csv?from=2026-11-01&to=2026-11-27&team_id=2',
  );
  assert.equal(exportUrl('quiet', {}), '/api/v1/analytics/export/quiet.csv');
  assert.equal(exportPath('../secrets', filters), null);
  assert.equal(exportUrl('users', filters), null);
  assert.deepEqual(EXPORT_TABLES, ['by_day', 'by_network', 'by_content', 'by_advocate', 'by_team', 'quiet']);
});
