// The guidelines' sharing rules, checked in the browser before a network
// opens: the network's page can't be taken back once it's open, so a share
// the server would refuse must be stopped here. Mirrors check_share in
// server/guidelines/service.py: same matching (text folded against
// look-alikes, lib/textFold.js), same messages.
import { containsWord } from './textFold.js';

/** The first prohibited word `text` contains as a whole word, however disguised, or null. */
export function prohibitedWord(text, words = []) {
  return words.find((word) => word && containsWord(text || '', word)) || null;
}

export function prohibitedMessage(word) {
  return `This can't be shared: it contains “${word}”, which the guidelines don't allow.`;
}

export function disclosureMessage(disclosure) {
  return `Keep “${disclosure}” in your caption: the guidelines require it.`;
}

/**
 * Why an edited caption can't be shared ({code, message}), or null when it
 * can. A caption left as suggested is the company's own and isn't checked.
 */
export function captionProblem(caption, { edited, prohibited_words: words, required_disclosure: disclosure }) {
  if (!edited) return null;
  const word = prohibitedWord(caption, words);
  if (word) return { code: 'prohibited_words', message: prohibitedMessage(word) };
  if (disclosure && !(caption || '').toLowerCase().includes(disclosure.toLowerCase())) {
    return { code: 'disclosure_missing', message: disclosureMessage(disclosure) };
  }
  return null;
}

/** Why the content itself can't be shared on a network (its own texts hold a prohibited word), or null. */
export function contentProblem(content, networkId, { prohibited_words: words }) {
  const texts = [content.title, content.summary || '', (content.captions || {})[networkId] || ''];
  const word = prohibitedWord(texts.join(' '), words);
  return word ? { code: 'prohibited_words', message: prohibitedMessage(word) } : null;
}
