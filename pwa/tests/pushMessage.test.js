// The service worker's pure push handling: payload, notification options,
// where a tap leads and which window it reuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parsePushPayload,
  notificationOptions,
  targetUrl,
  chooseClient,
  DEFAULT_TITLE,
  DEFAULT_URL,
} from '../src/lib/pushMessage.js';

const ORIGIN = 'https://amplify.example.com';

test("the server's JSON payload is read as is", () => {
  const payload = parsePushPayload(
    JSON.stringify({
      title: 'New content to share',
      body: 'Our Q3 results',
      icon: '/icons/icon-192.png',
      badge: '/icons/badge-72.png',
      url: '/#/feed/42',
      tag: 'content-42',
      category: 'content',
    }),
  );
  assert.deepEqual(payload, {
    title: 'New content to share',
    body: 'Our Q3 results',
    icon: '/icons/icon-192.png',
    badge: '/icons/badge-72.png',
    url: '/#/feed/42',
    tag: 'content-42',
    category: 'content',
  });
});

test('missing or empty fields get defaults', () => {
  const payload = parsePushPayload(JSON.stringify({ body: 'You won a prize', title: '  ', url: 7 }));
  assert.equal(payload.title, DEFAULT_TITLE);
  assert.equal(payload.body, 'You won a prize');
  assert.equal(payload.icon, '/icons/icon-192.png');
  assert.equal(payload.badge, '/icons/badge-72.png');
  assert.equal(payload.url, DEFAULT_URL);
  assert.equal(payload.tag, '');
});

test('a text (non-JSON) push still shows, with the text as body', () => {
  assert.deepEqual(parsePushPayload('Hello there'), {
    title: DEFAULT_TITLE,
    body: 'Hello there',
    icon: '/icons/icon-192.png',
    badge: '/icons/badge-72.png',
    url: DEFAULT_URL,
    tag: '',
    category: '',
  });
  assert.equal(parsePushPayload('').title, DEFAULT_TITLE);
  assert.equal(parsePushPayload('[1,2]').body, '[1,2]');
  assert.equal(parsePushPayload('null').body, 'null');
});

test('notification options carry the link and replace by tag quietly', () => {
  const payload = parsePushPayload(
    JSON.stringify({ title: 'T', body: 'B', url: '/#/feed/42', tag: 'content-42' }),
  );
  const options = notificationOptions(payload);
  assert.deepEqual(options, {
    body: 'B',
    icon: '/icons/icon-192.png',
    badge: '/icons/badge-72.png',
    renotify: false,
    tag: 'content-42',
    data: { url: '/#/feed/42' },
  });
  // No tag: none is set (an empty tag would make every message replace the last).
  assert.equal('tag' in notificationOptions(parsePushPayload('{"title":"T"}')), false);
});

test('a tap only ever leads into this app', () => {
  assert.equal(targetUrl('/#/feed/42', ORIGIN), `${ORIGIN}/#/feed/42`);
  assert.equal(targetUrl(`${ORIGIN}/#/points`, ORIGIN), `${ORIGIN}/#/points`);
  assert.equal(targetUrl('https://evil.example/#/feed', ORIGIN), `${ORIGIN}/#/feed`);
  assert.equal(targetUrl('//evil.example/x', ORIGIN), `${ORIGIN}/#/feed`);
  assert.equal(targetUrl(undefined, ORIGIN), `${ORIGIN}/#/feed`);
  assert.equal(targetUrl('http://[bad', ORIGIN), `${ORIGIN}/#/feed`);
});

function win(url, extra = {}) {
  return { url, focused: false, visibilityState: 'hidden', ...extra };
}

test('the focused app window is reused first, then a visible one, then the most recent', () => {
  const a = win(`${ORIGIN}/#/points`);
  const b = win(`${ORIGIN}/#/feed`, { visibilityState: 'visible' });
  const c = win(`${ORIGIN}/`, { focused: true, visibilityState: 'visible' });
  assert.equal(chooseClient([a, b, c], ORIGIN), c);
  assert.equal(chooseClient([a, b], ORIGIN), b);
  assert.equal(chooseClient([a], ORIGIN), a);
});

test('no app window means a new one', () => {
  assert.equal(chooseClient([], ORIGIN), null);
  assert.equal(chooseClient(undefined, ORIGIN), null);
  // Not the app page (e.g. API docs in a tab) or another origin: not reused.
  assert.equal(chooseClient([win(`${ORIGIN}/api/v1/docs`, { focused: true })], ORIGIN), null);
  assert.equal(chooseClient([win('https://other.example/', { focused: true })], ORIGIN), null);
  assert.equal(chooseClient([win(`${ORIGIN}/index.html#/feed`)], ORIGIN).url, `${ORIGIN}/index.html#/feed`);
});
