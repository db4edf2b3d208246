// The content library's pure parts: its view in the hash and the query to
// the server, publish-time words, the audience sentence, and the publishing
// form's draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeView, libraryQuery, nextSort, pageSummary, readView, sortState, viewQuery } from '../src/lib/libraryQuery.js';
import { publishLine, savedToast, stateOf, whenText } from '../src/lib/publishWords.js';
import { audienceSentence, targetsText } from '../src/lib/audienceWords.js';
import { draftFromItem, emptyDraft, payloadFromDraft, previewContent, withPreview } from '../src/lib/contentDraft.js';
import { draftProblems } from '../src/lib/contentChecks.js';

const local = (...parts) => new Date(...parts).toISOString(); // a wall-clock time on this machine
const NOW = new Date(2026, 11, 7, 17, 0).getTime(); // Mon 7 Dec 2026, 17:00

test('the view in the hash keeps only what differs from the defaults', () => {
  assert.deepEqual(readView({}), { tab: 'published', sort: '-publish_at', page: 1 });
  const view = readView({ tab: 'scheduled', q: 'launch', page: '2', sort: 'nonsense', team: '3' });
  assert.deepEqual(view, { tab: 'scheduled', sort: '-publish_at', page: 2, q: 'launch', team: '3' });
  assert.equal(viewQuery(view), '?tab=scheduled&page=2&q=launch&team=3');
  assert.equal(viewQuery(readView({ tab: 'bogus', page: '-4' })), '');
});

test('the server is asked for everything, with the page size', () => {
  const query = libraryQuery(readView({ tab: 'draft', network: 'x', author: '7' }));
  assert.equal(query, '?tab=draft&sort=-publish_at&page=1&per_page=20&network=x&author=7');
});

test('a new filter starts again at page 1; an emptied one goes away', () => {
  const view = readView({ tab: 'draft', page: '3', q: 'old' });
  assert.deepEqual(changeView(view, { q: '' }), { tab: 'draft', sort: '-publish_at', page: 1 });
  assert.equal(changeView(view, { page: 4 }).page, 4);
});

test('clicking a column sorts by it, then the other way', () => {
  assert.equal(nextSort('-publish_at', 'title'), 'title');
  assert.equal(nextSort('title', 'title'), '-title');
  assert.equal(nextSort('-title', 'title'), 'title');
  assert.equal(nextSort('title', 'publish_at'), '-publish_at');
  assert.equal(sortState('-publish_at', 'publish_at'), 'descending');
  assert.equal(sortState('title', 'title'), 'ascending');
  assert.equal(sortState('title', 'publish_at'), 'none');
});

test('pages say which items are shown', () => {
  assert.equal(pageSummary({ page: 2, per_page: 20, total: 57 }), '21–40 of 57');
  assert.equal(pageSummary({ page: 3, per_page: 20, total: 57 }), '41–57 of 57');
  assert.equal(pageSummary({ page: 1, per_page: 20, total: 0 }), 'No items');
});

test('scheduled items say when they will publish', () => {
  const at = local(2026, 11, 8, 9, 0);
  assert.equal(whenText(at, 'en-GB'), 'Tue 8 Dec, 09:00');
  assert.equal(publishLine({ state: 'scheduled', publish_at: at }, 'en-GB'), 'Publishes Tue 8 Dec, 09:00');
  assert.equal(publishLine({ state: 'published', publish_at: at }, 'en-GB'), 'Published Tue 8 Dec, 09:00');
  assert.equal(publishLine({ state: 'draft', publish_at: null }, 'en-GB'), 'Draft');
  assert.equal(whenText('not a date'), '');
});

test('saving a scheduled item never says "Published"', () => {
  const later = local(2026, 11, 8, 9, 0);
  const scheduled = savedToast({ status: 'published', publish_at: later, title: 'Launch' }, { now: NOW });
  assert.match(scheduled.title, /^Scheduled for /);
  assert.equal(savedToast({ status: 'published', publish_at: local(2026, 11, 7, 16), title: 'x' }, { now: NOW }).title, 'Published');
  assert.equal(savedToast({ status: 'draft', publish_at: later, title: 'x' }, { now: NOW }).title, 'Saved as a draft');
  assert.equal(stateOf({ status: 'published', publish_at: later }, NOW), 'scheduled');
  assert.equal(stateOf({ state: 'archived', status: 'archived' }, NOW), 'archived');
});

test('saving an edit says the changes were saved, not only when it publishes', () => {
  const at = local(2026, 11, 8, 9, 0);
  const edit = { edited: true, now: NOW };
  assert.equal(
    savedToast({ status: 'published', publish_at: at, title: 'x' }, edit).title,
    `Changes saved: still scheduled for ${whenText(at)}`,
  );
  assert.equal(savedToast({ status: 'published', publish_at: local(2026, 11, 7, 16), title: 'x' }, edit).title, 'Changes saved.');
  assert.equal(savedToast({ status: 'draft', publish_at: at, title: 'x' }, edit).title, 'Draft saved.');
});

test('the audience sentence names the people and the teams', () => {
  const sales = { id: 1, name: 'Sales', people: 30 };
  const marketing = { id: 2, name: 'Marketing', people: 12 };
  assert.equal(
    audienceSentence({ everyone: false, people: 42, teams: [sales, marketing] }),
    '42 people will see this: everyone in Sales and Marketing.',
  );
  assert.equal(audienceSentence({ everyone: true, people: 37, teams: [] }), '37 people will see this: everyone in the organisation.');
  assert.equal(audienceSentence({ everyone: false, people: 1, teams: [sales] }), '1 person will see this: everyone in Sales.');
  assert.match(audienceSentence({ everyone: false, people: 0, teams: [] }), /tick at least one team/);
  assert.equal(targetsText([], {}), 'Everyone');
  assert.equal(targetsText([1, 2], { 1: 'Sales', 2: 'Marketing' }), 'Sales and Marketing');
  assert.equal(targetsText([1, 2, 3], { 1: 'Sales', 2: 'Marketing', 3: 'Ops' }), 'Sales and 2 more teams');
});

const ITEM = {
  id: 9,
  title: 'Launch',
  url: 'https://example.com/launch',
  summary: 'Big news',
  summary_html: 'Big news',
  image_url: '/media/a.jpg',
  captions: { x: 'Look!' },
  caption_variants: { x: ['Look again', ''] },
  status: 'published',
  state: 'scheduled',
  publish_at: local(2026, 11, 8, 9, 0),
  expires_at: null,
  target_team_ids: [2],
  tags: ['launch'],
};

test('an item becomes a draft for the form and back, unchanged', () => {
  const draft = draftFromItem(ITEM, NOW);
  assert.equal(draft.when, 'schedule');
  assert.equal(draft.publish_at, '2026-12-08T09:00');
  assert.equal(draft.everyone, false);
  const payload = payloadFromDraft(draft, ITEM, NOW);
  assert.equal(payload.publish_at, ITEM.publish_at);
  assert.equal(payload.status, 'published');
  assert.deepEqual(payload.caption_variants, { x: ['Look again'] });
  assert.deepEqual(payload.target_team_ids, [2]);
  assert.equal(payload.expires_at, null);
});

test('"Publish now" brings a scheduled item forward but leaves a published one where it is', () => {
  const draft = { ...draftFromItem(ITEM, NOW), when: 'now' };
  assert.equal(payloadFromDraft(draft, ITEM, NOW).publish_at, new Date(NOW).toISOString());
  const published = { ...ITEM, state: 'published', publish_at: local(2026, 11, 1) };
  assert.equal('publish_at' in payloadFromDraft(draftFromItem(published, NOW), published, NOW), false);
  const fresh = payloadFromDraft({ ...emptyDraft(), title: 't', url: 'https://a.example', when: 'draft' }, null, NOW);
  assert.equal(fresh.status, 'draft');
  assert.deepEqual(fresh.target_team_ids, []);
  assert.equal('image_url' in fresh, false);
});

test('a link preview fills only the empty fields', () => {
  const draft = { ...emptyDraft(), title: 'Mine' };
  const filled = withPreview(draft, { title: 'Theirs', summary: 'From the page', image_url: 'https://x.example/i.png' });
  assert.equal(filled.title, 'Mine');
  assert.equal(filled.summary, 'From the page');
  assert.equal(filled.image_url, 'https://x.example/i.png');
});

test('the advocate preview shows the values on screen', () => {
  const draft = { ...draftFromItem(ITEM, NOW), title: 'Changed', summary: '<b>New</b> words' };
  const card = previewContent(draft, ITEM, (html) => html.replace(/<[^>]+>/g, ''));
  assert.equal(card.title, 'Changed');
  assert.equal(card.summary, 'New words');
  assert.equal(card.summary_html, null); // never the unsanitized text as HTML
  assert.equal(previewContent(draftFromItem(ITEM, NOW), ITEM, String).summary_html, 'Big news');
});

test('the form names what is missing in words', () => {
  const problems = draftProblems({ ...emptyDraft(), everyone: false, when: 'schedule' }, NOW);
  assert.equal(problems.title, 'Give the content a title (up to 200 characters).');
  assert.match(problems.url, /address of the page/);
  assert.match(problems.target_team_ids, /at least one team/);
  assert.match(problems.publish_at, /date and time/);
  const past = { ...emptyDraft(), title: 't', url: 'https://a.example', when: 'schedule', publish_at: '2026-12-01T09:00' };
  assert.match(draftProblems(past, NOW).publish_at, /in the future/);
  assert.deepEqual(draftProblems({ ...emptyDraft(), title: 't', url: 'https://a.example' }, NOW), {});
});

test('a refused target is said once, under the teams', async () => {
  const { refusalShowing } = await import('../src/lib/formFailure.js');
  const { SHOWN_FIELDS } = await import('../src/lib/contentChecks.js');
  const message = 'You can publish only to teams you manage: Marketing';
  const failure = refusalShowing(SHOWN_FIELDS)({ message, fields: { target_team_ids: [message] } });
  assert.deepEqual(failure, { fields: { target_team_ids: message }, message: null });
});
