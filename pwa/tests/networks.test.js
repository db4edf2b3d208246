// Which link a share hands to each network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { network, sharedLink } from '../src/lib/networks.js';

const content = {
  url: 'https://news.example.test/spring',
  share_links: { linkedin: 'https://amplify.example/s/abc123', x: 'https://amplify.example/s/def456' },
};

test("each network gets the advocate's own tracked link", () => {
  assert.equal(sharedLink(content, 'x'), 'https://amplify.example/s/def456');
  const url = network('linkedin').shareUrl({ url: sharedLink(content, 'linkedin') });
  assert.equal(url, 'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Famplify.example%2Fs%2Fabc123');
});

test('content without links (an older cached feed) shares its own URL', () => {
  assert.equal(sharedLink(content, 'email'), content.url);
  assert.equal(sharedLink({ url: content.url }, 'x'), content.url);
});
