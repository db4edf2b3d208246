// The side navigation's sections: what each role may open, and which one an
// address belongs to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionOf, sectionsFor } from '../src/lib/sections.js';

const labels = (role) => sectionsFor(role).flatMap((group) => group.sections.map((s) => s.label));

test('advocates see the advocacy sections and their own, not the programme or the organisation', () => {
  const groups = sectionsFor('advocate').map((group) => group.label);
  assert.deepEqual(groups, ['Advocacy', 'You']);
  assert.ok(labels('advocate').includes('My points'));
  assert.ok(!labels('advocate').includes('Insights'));
});

test('managers add the programme; admins add the organisation', () => {
  assert.ok(labels('manager').includes('Insights'));
  assert.ok(labels('manager').includes('Prize manager'));
  assert.ok(!labels('manager').includes('Scoring rules'));
  assert.ok(labels('admin').includes('Scoring rules'));
  assert.ok(labels('admin').length > labels('manager').length);
});

test('an address belongs to the section with the longest matching path', () => {
  assert.equal(sectionOf('prizes', 'manage').label, 'Prize manager');
  assert.equal(sectionOf('prizes', null).label, 'Prizes');
  assert.equal(sectionOf('feed', '42').label, 'Feed');
  assert.equal(sectionOf('people', 'import').label, 'People');
  assert.equal(sectionOf('forgot', null), null);
});

test('every section has a route the router knows', async () => {
  const { ROUTES } = await import('../src/lib/router.js');
  for (const group of sectionsFor('admin')) {
    for (const section of group.sections) assert.ok(ROUTES.includes(section.path.split('/')[0]), section.path);
  }
});
