// The side navigation's sections: what each role may open, and which one an
// address belongs to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayOpen, sectionOf, sectionsFor } from '../src/lib/sections.js';

const labels = (role) => sectionsFor(role).flatMap((group) => group.sections.map((s) => s.label));

test('advocates see the advocacy sections and their own, not the programme or the organisation', () => {
  const groups = sectionsFor('advocate').map((group) => group.label);
  assert.deepEqual(groups, ['Advocacy', 'You']);
  assert.ok(labels('advocate').includes('My points'));
  assert.ok(!labels('advocate').includes('Insights'));
});

test('managers add the programme; admins add its administration', () => {
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

test('#/new and #/library/new are one section; #/library/42 is the library', () => {
  assert.equal(sectionOf('library', 'new').label, 'New content');
  assert.equal(sectionOf('new', null).label, 'New content');
  assert.equal(sectionOf('library', '42').label, 'Content library');
});

test("a role may open its groups' routes; the rest send it to the feed", () => {
  assert.equal(mayOpen('advocate', 'feed'), true);
  assert.equal(mayOpen('advocate', 'prizes'), true); // the prize manager is the prizes screen's to refuse
  assert.equal(mayOpen('advocate', 'new'), false);
  assert.equal(mayOpen('advocate', 'library'), false);
  assert.equal(mayOpen('manager', 'library'), true);
  assert.equal(mayOpen('manager', 'rules'), false);
  assert.equal(mayOpen('manager', 'organisation'), false);
  assert.equal(mayOpen('admin', 'organisation'), true);
  assert.equal(mayOpen('manager', 'teams'), false);
  assert.equal(mayOpen('manager', 'directory'), false);
  assert.equal(mayOpen('admin', 'directory'), true);
  assert.equal(mayOpen('advocate', 'invite'), true); // public screens belong to no section
});
