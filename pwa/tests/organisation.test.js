// The organisation settings' drafts and checks, the colour contrast and the
// server's suggestion, time zones, and the Teams screen's words and order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SECTIONS, unknownPlaceholders } from '../src/features/organisation/settingsDraft.js';
import { contrastNote, suggestedColour } from '../src/features/organisation/colours.js';
import { contrastRatio } from '../src/lib/brandColours.js';
import { timeIn, timeZones, zoneLabel } from '../src/features/organisation/timezones.js';
import {
  mergeSentence,
  nextSort,
  pageSpan,
  sortDirection,
  sortTeams,
  teamsAddress,
  teamsView,
} from '../src/features/organisation/teamWords.js';
import { teamPayload, toggleManager } from '../src/features/organisation/teamDraft.js';
import { managerCandidates, teamsQuery } from '../src/api/organisation.js';

const problems = (section, draft) =>
  Object.entries(SECTIONS[section].check(draft) || {})
    .filter(([, message]) => message)
    .map(([name]) => name);

test('branding sends null for what is left empty, and names a blank name', () => {
  const draft = SECTIONS.branding.draft({ name: 'Acme', logo_url: null, brand_colour: '#2F6FC0', accent_colour: null });
  assert.deepEqual(SECTIONS.branding.payload(draft), {
    name: 'Acme',
    logo_url: null,
    brand_colour: '#2f6fc0',
    accent_colour: null,
  });
  assert.deepEqual(problems('branding', { ...draft, name: ' ', accent_colour: 'blue' }), ['name', 'accent_colour']);
});

test('tracked links leave out empty parameters and name unknown placeholders', () => {
  const draft = SECTIONS.links.draft({
    utm: { utm_source: '{network}', utm_medium: 'advocacy' },
    click_retention_days: 395,
  });
  assert.deepEqual(SECTIONS.links.payload(draft), {
    utm: { utm_source: '{network}', utm_medium: 'advocacy' },
    click_retention_days: 395,
  });
  assert.deepEqual(unknownPlaceholders('{network}-{team}'), ['{team}']);
  assert.deepEqual(problems('links', { ...draft, utm: { ...draft.utm, utm_term: '{team}' } }), ['utm.utm_term']);
});

test('earned media value becomes numbers, with the reach of every network', () => {
  const draft = SECTIONS.emv.draft({
    emv: { currency: 'eur', cost_per_click: 0.8, cost_per_mille: 6, reach: { linkedin: 400 } },
  });
  assert.deepEqual(problems('emv', draft), [
    'emv.reach.x',
    'emv.reach.facebook',
    'emv.reach.whatsapp',
    'emv.reach.email',
  ]);
  const full = { ...draft, reach: { linkedin: '400', x: '250', facebook: '200', whatsapp: '30', email: '20' } };
  assert.deepEqual(SECTIONS.emv.payload(full).emv, {
    currency: 'EUR',
    cost_per_click: 0.8,
    cost_per_mille: 6,
    reach: { linkedin: 400, x: 250, facebook: 200, whatsapp: 30, email: 20 },
  });
});

test('the push contact shows without the mailto: the server adds', () => {
  assert.equal(SECTIONS.push.draft({ push_contact: 'mailto:ops@acme.example' }).push_contact, 'ops@acme.example');
  assert.deepEqual(SECTIONS.push.payload({ push_contact: ' ' }), { push_contact: null });
  assert.deepEqual(problems('push', { push_contact: 'not an address' }), ['push_contact']);
});

test('contrast is measured as WCAG does, and the suggestion is the last colour named', () => {
  assert.equal(Math.round(contrastRatio('#000000', '#ffffff')), 21);
  assert.match(contrastNote('#2f6fc0'), /passes AA/);
  assert.match(contrastNote('#7fb3ff'), /AA needs 4.5:1/);
  const message =
    'White text on #7fb3ff has a contrast of 2.1:1; it needs 4.5:1. Try #2F6FC0, a darker shade that passes.';
  assert.equal(suggestedColour(message), '#2f6fc0');
  assert.equal(suggestedColour('Give the brand colour as #rrggbb.'), null);
});

test('time zones include UTC and the current one, sorted, with readable labels', () => {
  assert.deepEqual(timeZones('Mars/Olympus', ['Europe/Paris', 'Africa/Cairo']), [
    'Africa/Cairo',
    'Europe/Paris',
    'Mars/Olympus',
    'UTC',
  ]);
  assert.equal(zoneLabel('America/Argentina/Buenos_Aires'), 'America / Argentina / Buenos Aires');
  assert.equal(timeIn('Europe/Paris', new Date('2026-12-07T17:05:00Z')), '18:05');
  assert.equal(timeIn('Not/AZone'), null);
});

test('a merge says what moves, and that points and badges stay', () => {
  const sales = { name: 'Sales', people: 12, content: 4 };
  assert.equal(
    mergeSentence(sales, { name: 'Marketing' }),
    '12 people and 4 content items move to Marketing; Sales is archived. Points and badges stay with each person.',
  );
  assert.match(
    mergeSentence({ name: 'Ops', people: 1 }, { name: 'Support' }),
    /^1 person moves to Support; Ops is archived/,
  );
});

test('the table sorts by any column, both ways, ties by name', () => {
  const teams = [
    { name: 'B', people: 2, department: 'Sales', managers: [] },
    { name: 'A', people: 2, department: null, managers: [{ display_name: 'Zoe' }] },
    { name: 'C', people: 9, department: 'Ops', managers: [] },
  ];
  assert.deepEqual(
    sortTeams(teams, 'people').map((t) => t.name),
    ['A', 'B', 'C'],
  );
  assert.deepEqual(
    sortTeams(teams, '-people').map((t) => t.name),
    ['C', 'A', 'B'],
  );
  assert.deepEqual(
    sortTeams(teams, 'department').map((t) => t.name),
    ['A', 'C', 'B'],
  );
  assert.equal(nextSort('name', 'name'), '-name');
  assert.equal(nextSort('-name', 'people'), 'people');
  assert.equal(sortDirection('-name', 'name'), 'descending');
  assert.equal(sortDirection('name', 'people'), undefined);
});

test('pages count from one, and the query carries only what is set', () => {
  assert.deepEqual(pageSpan({ page: 2, perPage: 25, total: 37 }), {
    first: 26,
    last: 37,
    hasPrevious: true,
    hasNext: false,
  });
  assert.deepEqual(pageSpan({ page: 1, perPage: 25, total: 0 }), {
    first: 0,
    last: 0,
    hasPrevious: false,
    hasNext: false,
  });
  assert.equal(
    teamsQuery({ q: ' sal ', includeArchived: true, page: 2 }),
    'page=2&per_page=25&q=sal&include_archived=true',
  );
  assert.equal(teamsQuery(), 'page=1&per_page=25');
});

test('managers come from managers and admins, once each, by name', () => {
  const people = [
    { id: 2, display_name: 'Zoe', role: 'admin' },
    { id: 1, display_name: 'Amir', role: 'manager' },
    { id: 1, display_name: 'Amir', role: 'manager' },
    { id: 3, display_name: 'Ben', role: 'advocate' },
    { id: 4, display_name: 'Cat', role: 'manager', active: false },
  ];
  assert.deepEqual(
    managerCandidates(people).map((p) => p.id),
    [1, 2],
  );
  assert.deepEqual(toggleManager([1, 2], 2), [1]);
  assert.deepEqual(toggleManager([1], 2), [1, 2]);
  assert.deepEqual(teamPayload({ name: ' Sales ', department: '', location: 'Paris', manager_ids: [1] }), {
    name: 'Sales',
    department: null,
    location: 'Paris',
    manager_ids: [1],
  });
});

test('the teams view round-trips through the address, defaults left out', () => {
  const view = { q: 'sales', includeArchived: true, page: 2, sort: '-people' };
  const address = teamsAddress(view);
  assert.equal(address, '#/teams?q=sales&archived=1&page=2&sort=-people');
  assert.deepEqual(teamsView(Object.fromEntries(new URLSearchParams(address.split('?')[1]))), view);
  assert.equal(teamsAddress({ q: '', includeArchived: false, page: 1, sort: 'name' }), '#/teams');
  assert.deepEqual(teamsView({ page: 'x', sort: 'password' }), {
    q: '',
    includeArchived: false,
    page: 1,
    sort: 'name',
  });
});
