// Text folded the way server/guidelines/text_fold.py folds it before matching
// prohibited words, so look-alikes can't get round the share sheet's check:
// a right-to-left override read in the order it shows, NFKC (fullwidth and
// styled letters become plain), lower case, then each character replaced by
// its fold from the server's own table (TR39 confusable skeletons: Cyrillic
// U+043E -> "o"; zero-width and bidi controls -> nothing). The table is loaded
// only where there are prohibited words, so it costs the first download
// nothing (see prepareFolding).

const OVERRIDE = /\u202e([^\u202a-\u202e\u2066-\u2069\n]*)/g;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const ASCII = /^[\u0000-\u007f]*$/;

const table = new Map();
const loaded = new Set();

function add(part) {
  for (const [folded, chars] of Object.entries(part)) {
    for (const char of chars) table.set(char, folded);
  }
}

async function load(name, importer) {
  if (loaded.has(name)) return;
  add((await importer()).default);
  loaded.add(name);
}

/**
 * Load the folds `words` need: the Latin part for any word, the rest only
 * for a word that folds to letters outside ASCII.
 */
export async function prepareFolding(words = []) {
  if (!words.length) return;
  await load('latin', () => import('./lookalikes/latin.js'));
  if (words.some((word) => !ASCII.test(fold(word)))) await load('other', () => import('./lookalikes/other.js'));
}

export function fold(text) {
  const shown = (text || '').replace(OVERRIDE, (_, run) => [...run].reverse().join(''));
  let folded = '';
  for (const char of shown.normalize('NFKC').toLowerCase()) folded += table.get(char) ?? char;
  return folded.normalize('NFKC');
}

function wordAt(text, index, before) {
  if (index < 0 || index >= text.length) return false;
  const point = before ? codePointBefore(text, index + 1) : text.codePointAt(index);
  return WORD_CHAR.test(String.fromCodePoint(point));
}

function codePointBefore(text, end) {
  const low = text.charCodeAt(end - 1);
  const pair = end >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return text.codePointAt(pair ? end - 2 : end - 1);
}

/** Whether `text` holds `word` as a whole word once both are folded. */
export function containsWord(text, word) {
  const wanted = fold(word).trim();
  if (!wanted) return false;
  const folded = fold(text);
  for (let start = folded.indexOf(wanted); start !== -1; start = folded.indexOf(wanted, start + 1)) {
    const end = start + wanted.length;
    if (!wordAt(folded, start - 1, true) && !wordAt(folded, end, false)) return true;
  }
  return false;
}
