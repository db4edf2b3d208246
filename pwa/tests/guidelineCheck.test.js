// The guidelines' checks the share sheet runs before a network opens: the
// same answers as the server's check_share (server/guidelines/service.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captionProblem, contentProblem, prohibitedWord } from '../src/lib/guidelineCheck.js';
import { isEdited, shareProblems } from '../src/lib/shareRules.js';

const rules = {
  prohibited_words: ['confidential', 'guaranteed returns', 'insider'],
  required_disclosure: '#Northwind',
};

test('prohibited words match whole words in any case', () => {
  assert.equal(prohibitedWord('Some CONFIDENTIAL news', rules.prohibited_words), 'confidential');
  assert.equal(prohibitedWord('Guaranteed   returns', rules.prohibited_words), null); // exact phrase only
  assert.equal(prohibitedWord('guaranteed returns!', rules.prohibited_words), 'guaranteed returns');
  assert.equal(prohibitedWord('insiders and confidentiality', rules.prohibited_words), null);
  assert.equal(prohibitedWord('an insider_tip', rules.prohibited_words), null); // _ is a word character
  assert.equal(prohibitedWord('#insider', rules.prohibited_words), 'insider');
  assert.equal(prohibitedWord('éinsider', rules.prohibited_words), null); // letters beyond ASCII count too
});

test('words with regular-expression characters are matched literally', () => {
  assert.equal(prohibitedWord('we are no. 1', ['no. 1']), 'no. 1');
  assert.equal(prohibitedWord('we are no 21', ['no. 1']), null);
  assert.equal(prohibitedWord('c++ rocks', ['c++']), 'c++');
});

test('an edited caption must keep the disclosure, in any case', () => {
  assert.equal(captionProblem('Great read #northwind', { ...rules, edited: true }), null);
  const missing = captionProblem('Great read', { ...rules, edited: true });
  assert.equal(missing.code, 'disclosure_missing');
  assert.equal(missing.message, 'Keep “#Northwind” in your caption: the guidelines require it.');
});

test('a prohibited word is reported before a missing disclosure', () => {
  const problem = captionProblem('Insider tip', { ...rules, edited: true });
  assert.equal(problem.code, 'prohibited_words');
  assert.equal(problem.message, "This can't be shared: it contains “insider”, which the guidelines don't allow.");
});

test("a caption left as suggested isn't checked, and no rules means no problem", () => {
  assert.equal(captionProblem('Insider tip', { ...rules, edited: false }), null);
  assert.equal(captionProblem('Anything', { prohibited_words: [], required_disclosure: null, edited: true }), null);
});

test("the content's own texts are checked for the network being shared to", () => {
  const content = { title: 'Launch', summary: 'Big day', captions: { x: 'Confidential: launch' } };
  assert.equal(contentProblem(content, 'x', rules).code, 'prohibited_words');
  assert.equal(contentProblem(content, 'linkedin', rules), null);
});

test('the share sheet blocks only the networks whose caption breaks the rules', () => {
  const content = { title: 'Launch', summary: 'Big day', captions: { linkedin: 'Launch day #Northwind', x: 'Launch' } };
  const captions = { linkedin: 'Launch day', x: 'Launch', facebook: 'Big day', whatsapp: 'Big day', email: 'Big day' };
  const problems = shareProblems(content, captions, rules);
  assert.equal(problems.linkedin.code, 'disclosure_missing');
  assert.equal(problems.linkedin.field, 'caption');
  assert.equal(problems.x, null); // X's suggested caption lacks the tag, but it isn't edited
  assert.equal(isEdited(content, 'x', 'Launch'), false);
  assert.deepEqual(shareProblems(content, captions, null).linkedin, null); // rules not loaded yet
});
