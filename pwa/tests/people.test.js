// The People screen's pure parts: the list's query and address, the detail
// form's PATCH body, the import's words and filters, and the CSV template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSort, pageSpan, peopleHash, peoplePath, queryFrom, sortDirection } from '../src/features/people/peopleQuery.js';
import { changesOf, draftFrom } from '../src/features/people/personChanges.js';
import {
  importLabel,
  importSummary,
  importedSummary,
  progressLabel,
  rowDetails,
  rowsWith,
} from '../src/features/people/importRows.js';
import { TEMPLATE_COLUMNS, csvField, templateCsv, templateHref } from '../src/features/people/csvTemplate.js';

test('a query from the address keeps known keys and a page from 1', () => {
  assert.deepEqual(queryFrom({ q: 'ana', team: '3', page: '2', person: '9', other: 'x' }), {
    q: 'ana',
    team: '3',
    role: '',
    state: '',
    sort: '',
    page: 2,
  });
  assert.equal(queryFrom({ page: '-4' }).page, 1);
  assert.equal(queryFrom({ page: 'two' }).page, 1);
});

test("the API path sends only what is set, the page and its size; the address only what isn't default", () => {
  const query = queryFrom({ q: '  ana ', role: 'manager', sort: '-team', page: '3' });
  assert.equal(peoplePath(query), '/people?q=ana&role=manager&sort=-team&page=3&per_page=25');
  assert.equal(peoplePath(queryFrom({})), '/people?page=1&per_page=25');
  assert.equal(peopleHash(queryFrom({})), '#/people');
  assert.equal(peopleHash(queryFrom({ state: 'deactivated' }), 12), '#/people?state=deactivated&person=12');
});

test('sorting a column goes ascending, then descending; another column starts ascending', () => {
  assert.equal(nextSort('', 'name'), 'name');
  assert.equal(nextSort('name', 'name'), '-name');
  assert.equal(nextSort('-name', 'name'), 'name');
  assert.equal(nextSort('-name', 'team'), 'team');
  assert.equal(sortDirection('-team', 'team'), 'descending');
  assert.equal(sortDirection('team', 'team'), 'ascending');
  assert.equal(sortDirection('team', 'name'), 'none');
});

test('a page says which people it holds and whether there are others', () => {
  assert.deepEqual(pageSpan({ total: 37, page: 2, per_page: 25 }), {
    first: 26,
    last: 37,
    pages: 2,
    hasPrevious: true,
    hasNext: false,
  });
  assert.deepEqual(pageSpan({ total: 0, page: 1, per_page: 25 }), {
    first: 0,
    last: 0,
    pages: 1,
    hasPrevious: false,
    hasNext: false,
  });
});

const ana = {
  id: 4,
  role: 'advocate',
  team: { id: 1, name: 'Sales' },
  department: 'Commercial',
  location: null,
  manager: { id: 2, display_name: 'Maria' },
};

test('the form sends only what changed, ids as numbers and cleared text as null', () => {
  const draft = draftFrom(ana);
  assert.deepEqual(draft, { role: 'advocate', team_id: '1', department: 'Commercial', location: '', manager_id: '2' });
  assert.deepEqual(changesOf(ana, draft), {});
  assert.deepEqual(changesOf(ana, { ...draft, team_id: '3', role: 'manager' }), { role: 'manager', team_id: 3 });
  assert.deepEqual(changesOf(ana, { ...draft, manager_id: '', department: '  ', location: ' Lisbon ' }), {
    manager_id: null,
    department: null,
    location: 'Lisbon',
  });
});

const rows = [
  { row: 2, email: 'a@x.example', outcome: 'new', changes: { name: [null, 'Ana'], team: [null, 'Sales'], location: [null, null] }, errors: {} },
  { row: 3, email: 'b@x.example', outcome: 'changed', changes: { team: ['Sales', 'Marketing'], location: ['Porto', null] }, errors: {} },
  { row: 4, email: 'c@x.example', outcome: 'unchanged', changes: {}, errors: {} },
  { row: 5, email: 'nope', outcome: 'error', changes: {}, errors: { email: 'This is not an email address.', team: 'No team called Salse.' } },
];

test('rows filter by outcome, every row without one', () => {
  assert.deepEqual(rowsWith(rows, 'error').map((r) => r.row), [5]);
  assert.equal(rowsWith(rows, '').length, 4);
});

test("each row's details are in words", () => {
  assert.deepEqual(rowDetails(rows[0]), ['Name: Ana', 'Team: Sales']);
  assert.deepEqual(rowDetails(rows[1]), ['Team: Sales → Marketing', 'Location: Porto → none']);
  assert.deepEqual(rowDetails(rows[2]), []);
  assert.deepEqual(rowDetails(rows[3]), ['Email: This is not an email address.', 'Team: No team called Salse.']);
});

test('the summary counts every outcome and says what happens to errors', () => {
  assert.equal(
    importSummary({ new: 120, changed: 14, unchanged: 3, error: 2 }),
    '120 new, 14 changed, 3 unchanged, 2 with errors: fix them or they will be skipped.',
  );
  assert.equal(
    importSummary({ new: 1, changed: 0, unchanged: 0, error: 1 }),
    '1 new, 0 changed, 0 unchanged, 1 with an error: fix it or it will be skipped.',
  );
  assert.equal(importSummary({ new: 0, changed: 0, unchanged: 5, error: 0 }), '0 new, 0 changed, 5 unchanged.');
  assert.equal(importedSummary({ new: 3, changed: 1, unchanged: 0, error: 2 }), '3 added, 1 updated, 0 unchanged, 2 skipped for errors.');
});

test('the import button counts the new and changed', () => {
  assert.equal(importLabel({ new: 120, changed: 14, unchanged: 3, error: 2 }), 'Import 134 people');
  assert.equal(importLabel({ new: 1, changed: 0 }), 'Import 1 person');
  assert.equal(importLabel({ new: 0, changed: 0, unchanged: 9 }), 'Nothing to import');
});

test('progress says how many invitations went, then that it finished', () => {
  assert.equal(progressLabel({ invitations_total: 120, invitations_sent: 40, finished_at: null }), 'Sending invitations: 40 of 120');
  assert.equal(
    progressLabel({ invitations_total: 2, invitations_sent: 2, finished_at: '2026-12-07T18:00:00Z' }),
    'Import finished. 2 of 2 invitations sent.',
  );
  assert.match(progressLabel({ invitations_total: 0, invitations_sent: 0, finished_at: 'x' }), /Nobody new/);
});

test('the template has the columns an import reads, and fields are quoted when they must be', () => {
  const [header, ...examples] = templateCsv().trim().split('\r\n');
  assert.equal(header, TEMPLATE_COLUMNS.join(','));
  assert.equal(header, 'email,name,team,department,location,role,manager');
  assert.ok(examples.length >= 1 && examples.every((line) => line.split(',').length === TEMPLATE_COLUMNS.length));
  assert.equal(csvField('Lima, Ana'), '"Lima, Ana"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField(null), '');
  assert.ok(templateHref().startsWith('data:text/csv;charset=utf-8,email%2Cname'));
});
