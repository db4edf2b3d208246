// Look-alikes can't get round the share sheet's prohibited-word check: the
// same evasions tests/api/test_prohibited_words.py sends to the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captionProblem, contentProblem } from '../src/lib/guidelineCheck.js';
import { containsWord, prepareFolding } from '../src/lib/textFold.js';

const WORDS = ['confidential', 'guaranteed returns'];
const EVASIONS = {
  'zero-width space': 'con\u200bfidential',
  'zero-width joiner': 'confi\u200ddential',
  'soft hyphen': 'confi\u00addential',
  'right-to-left override': '\u202elaitnedifnoc\u202c',
  'fullwidth letters': '\uff43\uff4f\uff4e\uff46\uff49\uff44\uff45\uff4e\uff54\uff49\uff41\uff4c',
  'Cyrillic look-alikes': '\u0441\u043enfid\u0435nti\u0430l',
  'Greek omicron': 'c\u03bfnfidential',
  'mathematical bold': [...'confidential'].map((c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)).join(''),
  'everything at once': '\uff23\u043en\u200dfid\u0435ntial',
  'no-break space': 'guaranteed\u00a0returns',
};
const rules = { prohibited_words: WORDS, required_disclosure: null, edited: true };

await prepareFolding(WORDS);

for (const [name, disguised] of Object.entries(EVASIONS)) {
  test(`${name} can't hide a prohibited word in a caption or in the content`, () => {
    const caption = captionProblem(`Read this: ${disguised}!`, rules);
    assert.equal(caption?.code, 'prohibited_words');
    assert.match(caption.message, /“(confidential|guaranteed returns)”/);
    const content = { title: `A first look, ${disguised}`, summary: '', captions: {} };
    assert.equal(contentProblem(content, 'linkedin', rules)?.code, 'prohibited_words');
  });
}

test('words that only contain part of a prohibited word pass', () => {
  for (const text of ['confidentiality', 'we are confident', 'guaranteed', 'returns policy']) {
    assert.equal(captionProblem(`Honestly, ${text}`, rules), null, text);
  }
});

test('a word in another script loads the rest of the table and is caught too', async () => {
  const secret = '\u0441\u0435\u043a\u0440\u0435\u0442'; // Cyrillic "secret"
  await prepareFolding([secret]);
  assert.equal(containsWord('top \u0441\u0435\u043a\u0440\u0435\u200b\u0442 plans', secret), true);
});
