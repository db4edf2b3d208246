// Campaigns and challenges that ended leave the period tabs for this list,
// under a disclosure so it costs one line while closed. Choosing one opens
// its final board (Leaderboard.jsx shows it in the board's place).
import { useEffect, useState } from 'preact/hooks';
import { get } from '../../api/client.js';
import { dateRangeWords } from '../../lib/challengeWords.js';

const KIND_WORDS = { campaign: 'Campaign', challenge: 'Team challenge' };

/** Fetched once per visit; the list changes only when one ends. */
export function useEndedBoards() {
  const [items, setItems] = useState([]);
  useEffect(() => {
    let active = true;
    get('/leaderboards/ended').then(
      (answer) => active && setItems(answer.items || []),
      () => {}, // the list is extra: without it the current boards still work
    );
    return () => {
      active = false;
    };
  }, []);
  return items;
}

export function EndedBoards({ items, chosen, onChoose }) {
  if (!items.length) return null;
  return (
    <details class="ended-boards" data-testid="ended-boards" open={Boolean(chosen)}>
      <summary>Ended ({items.length})</summary>
      <ul class="ended-list">
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            <button
              type="button"
              aria-current={chosen && chosen.kind === item.kind && chosen.id === item.id ? 'true' : undefined}
              onClick={() => onChoose(item)}
            >
              <span class="ended-name">{item.name}</span>
              <span class="ended-dates">
                {KIND_WORDS[item.kind] || item.kind}, {dateRangeWords(item.starts, item.ends)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What the final board's heading says: "Product launch", "Campaign, 1–14 Dec · final board". */
export const finalBoardWords = (item) =>
  `${KIND_WORDS[item.kind] || item.kind}, ${dateRangeWords(item.starts, item.ends)} · final board`;
