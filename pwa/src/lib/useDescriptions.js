// A sentence for every rule, badge, campaign, challenge and level in the
// draft ("+5 when someone shares to LinkedIn, at most 3 times a day"), from
// POST /rules/describe once edits pause. A draft the server can't describe
// yet (half-typed) keeps the last sentences.
import { useEffect, useState } from 'preact/hooks';
import { describeRules } from '../api/rules.js';
import { sendableDocument } from './ruleDraft.js';

const DEBOUNCE_MS = 500;
const EMPTY = { rules: {}, badges: {}, campaigns: {}, challenges: {}, levels: {} };

export function useDescriptions(draft) {
  const [sentences, setSentences] = useState(EMPTY);
  useEffect(() => {
    if (!draft) return undefined;
    let active = true;
    const timer = setTimeout(async () => {
      try {
        const answer = await describeRules(sendableDocument(draft));
        if (active) setSentences({ ...EMPTY, ...answer });
      } catch {
        // Keep the last sentences; the fields say what's wrong.
      }
    }, DEBOUNCE_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [draft]);
  return sentences;
}
