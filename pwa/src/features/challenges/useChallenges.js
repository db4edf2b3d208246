// A team's challenges, kept live: the list from GET /challenges, then each
// "challenge:progress" push replaces its card in place (count, bar,
// contributors), and "challenge:reached" raises the celebration once per
// advocate and challenge. A reconnect refetches: pushes were missed.
import { useEffect, useState } from 'preact/hooks';
// A namespace import: onChallenge arrives with the socket's challenge events
// (see /work/notes/challenges-ui-asks.md); until then the list stays correct
// on every visit and reconnect, just not between them.
import * as realtime from '../../realtime/socket.js';
import { coalesced } from '../../lib/coalesced.js';
import { isReached } from '../../lib/challengeWords.js';
import { rememberCelebrated, wasCelebrated } from '../../lib/challengeCelebrations.js';
import { fetchChallenges } from './challengesApi.js';

const LOADING = { status: 'loading', running: [], ended: [], error: null };

/** teamId: the team to show (null: every team the caller may see). */
export function useChallenges(teamId, meId) {
  const [state, setState] = useState(LOADING);
  const [celebration, setCelebration] = useState(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    const load = coalesced(async () => {
      try {
        const answer = await fetchChallenges(teamId);
        if (active) setState({ status: 'ready', ...split(answer), error: null });
      } catch (error) {
        if (active) setState((s) => ({ ...s, status: s.status === 'loading' ? 'error' : 'ready', error }));
      }
    });
    const receive = ({ card, reached } = {}) => {
      if (!active || !card || (teamId && card.team.id !== teamId)) return;
      setState((s) => ({ ...s, running: withCard(s.running, card) }));
      if (reached && isReached(card) && !wasCelebrated(meId, card.id)) setCelebration(card);
    };
    setState(LOADING);
    load();
    const stops = [realtime.onReconnect(load)];
    if (typeof realtime.onChallenge === 'function') stops.push(realtime.onChallenge(receive));
    return () => {
      active = false;
      stops.forEach((stop) => stop());
    };
  }, [teamId, meId, attempt]);

  const dismiss = () => {
    if (celebration) rememberCelebrated(meId, celebration.id);
    setCelebration(null);
  };
  return { ...state, celebration, dismiss, retry: () => setAttempt((n) => n + 1) };
}

// Ended means over: a goal met early stays with the running ones until its
// window closes, even if its result is already kept.
function split({ running, ended }) {
  const now = Date.now();
  const runningIds = new Set(running.map((card) => card.id));
  return { running, ended: ended.filter((card) => !runningIds.has(card.id) && Date.parse(card.ends) <= now) };
}

// A pushed card is one for the whole team: its `mine` is null, so keep ours.
function withCard(cards, card) {
  const index = cards.findIndex((c) => c.id === card.id);
  if (index < 0) return [...cards, { ...card, mine: card.mine ?? 0 }];
  const next = cards.slice();
  next[index] = { ...card, mine: card.mine ?? cards[index].mine };
  return next;
}
