// A link shared to the app from another app becomes a suggestion draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedDraft, suggestionRoute } from '../src/lib/sharedIntent.js';
import { routeQuery } from '../src/lib/router.js';

test('the url parameter is the link, text the advocate words', () => {
  const draft = sharedDraft('?title=New+store&text=Worth+a+look&url=https%3A%2F%2Fnews.example%2Fstore');
  assert.deepEqual(draft, { url: 'https://news.example/store', title: 'New store', comment: 'Worth a look' });
});

test('a link inside the text is found when url is empty (as Android apps send it)', () => {
  const draft = sharedDraft('?title=&text=Great+read+https%3A%2F%2Fblog.example%2Fa%3Fx%3D1+today');
  assert.deepEqual(draft, { url: 'https://blog.example/a?x=1', title: '', comment: 'Great read today' });
});

test('nothing shared gives an empty draft, and the route carries only what was given', () => {
  assert.deepEqual(sharedDraft(''), { url: '', title: '', comment: '' });
  const route = suggestionRoute({ url: 'https://a.example/x', title: '', comment: 'Hi there' });
  assert.equal(route, '#/suggestions?url=https%3A%2F%2Fa.example%2Fx&comment=Hi+there');
  assert.deepEqual(routeQuery(route), { url: 'https://a.example/x', comment: 'Hi there' });
});
